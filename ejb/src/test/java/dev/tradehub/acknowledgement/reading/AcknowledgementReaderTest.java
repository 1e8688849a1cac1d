package dev.tradehub.acknowledgement.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.acknowledgement.AcknowledgementCode;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.GroupVerdict;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.InterchangeVerdict;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.SetVerdict;
import dev.tradehub.translation.DocumentTranslator;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.Standard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Partners' TA1, 997, 999 and CONTRL read into what they say of our interchanges, groups and sets. */
class AcknowledgementReaderTest {

    private static final String ISA_4010 = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       "
            + "*260115*1030*U*00401*000000202*0*T*>~\n";
    private static final String ISA_5010 = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       "
            + "*260115*1030*^*00501*000000203*0*T*:~\n";
    private static final String UNB = "UNA:+.? 'UNB+UNOC:3+4098765000008:14+4012345000016:14+260115:1030+REF77'";

    private static ReceivedAcknowledgement read(String payload) {
        return AcknowledgementReader.read(payload.getBytes(StandardCharsets.US_ASCII)).orElseThrow();
    }

    @Test
    void accepting997() {
        ReceivedAcknowledgement ack = read("""
                ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *260115*1030*U*00401*000000201*0*T*>~
                GS*FA*ACMEEDI*TRADEHUB*20260115*1030*201*X*004010~
                ST*997*0001~
                AK1*PO*101~
                AK2*850*0001~
                AK5*A~
                AK9*A*1*1*1~
                SE*6*0001~
                GE*1*201~
                IEA*1*000000201~
                """);

        assertThat(ack.standard()).isEqualTo(Standard.X12);
        assertThat(ack.interchanges()).isEmpty();
        assertThat(ack.groups()).containsExactly(new GroupVerdict("PO", "101", AcknowledgementCode.ACCEPTED, 1, 1, 1,
                List.of(), List.of(new SetVerdict("850", "0001", AcknowledgementCode.ACCEPTED, List.of()))));
    }

    @Test
    void the997SampleReadsTheSame() throws IOException {
        Path sample = Path.of("..", "samples", "acme-997.x12");
        assertThat(AcknowledgementReader.read(Files.readAllBytes(sample)).orElseThrow().groups())
                .extracting(GroupVerdict::controlNumber, GroupVerdict::code)
                .containsExactly(org.assertj.core.api.Assertions.tuple("101", AcknowledgementCode.ACCEPTED));
    }

    @Test
    void partially997WithSegmentAndElementErrors() {
        ReceivedAcknowledgement ack = read(ISA_4010 + """
                GS*FA*ACMEEDI*TRADEHUB*20260115*1030*202*X*004010~
                ST*997*0002~
                AK1*PO*102~
                AK2*850*0001~
                AK5*A~
                AK2*850*0002~
                AK3*N1*5*N1*8~
                AK4*2**1~
                AK4*4>2*66*7*ZZ~
                AK3*PO1*9**7~
                AK5*R*5~
                AK9*P*2*2*1~
                SE*13*0002~
                GE*1*202~
                IEA*1*000000202~
                """);

        assertThat(ack.groups()).containsExactly(new GroupVerdict("PO", "102",
                AcknowledgementCode.PARTIALLY_ACCEPTED, 2, 2, 1, List.of(), List.of(
                        new SetVerdict("850", "0001", AcknowledgementCode.ACCEPTED, List.of()),
                        new SetVerdict("850", "0002", AcknowledgementCode.REJECTED, List.of(
                                "segment N1 at position 5 in loop N1: segment has data element errors (AK304 8)",
                                "segment N1 at position 5 in loop N1, element 2: mandatory data element missing"
                                        + " (AK403 1)",
                                "segment N1 at position 5 in loop N1, element 4, component 2 (data element 66):"
                                        + " invalid code value 'ZZ' (AK403 7)",
                                "segment PO1 at position 9: segment not in proper sequence (AK304 7)",
                                "One or more segments in error (AK502 5)")))));
    }

    @Test
    void codes19To22FollowTheAcknowledgementsVersion() {
        String body = "ST*997*0003~AK1*PO*103~AK2*850*0001~AK5*R*19~AK9*R*1*1*0*19~SE*6*0003~GE*1*203~"
                + "IEA*1*000000202~";
        GroupVerdict in4010 = read(ISA_4010 + "GS*FA*ACMEEDI*TRADEHUB*20260115*1030*203*X*004010~" + body)
                .groups().get(0);
        GroupVerdict in5010 = read(ISA_4010 + "GS*FA*ACMEEDI*TRADEHUB*20260115*1030*203*X*005010~" + body)
                .groups().get(0);

        assertThat(in4010.errors()).containsExactly(
                "S1E security end segment missing for S1S security start segment (AK905 19)");
        assertThat(in4010.sets().get(0).errors()).containsExactly(
                "S1E security end segment missing for S1S security start segment (AK502 19)");
        assertThat(in5010.errors()).containsExactly(
                "Functional group control number not unique within interchange (AK905 19)");
        assertThat(in5010.sets().get(0).errors()).containsExactly(
                "Invalid transaction set implementation convention reference (AK502 19)");
    }

    @Test
    void rejecting999WithContext() {
        ReceivedAcknowledgement ack = read(ISA_5010 + """
                GS*FA*ACMEEDI*TRADEHUB*20260115*1030*301*X*005010X231A1~
                ST*999*0001*005010X231A1~
                AK1*HC*17456*005010X222A1~
                AK2*837*0021*005010X222A1~
                IK3*CLM*22*2300*8~
                CTX*CLM01:A37YH556~
                IK4*5:3*1331*7*Z~
                IK3*REF*30*2300*I4~
                IK5*R*I5~
                AK9*R*1*1*0*5~
                SE*10*0001~
                GE*1*301~
                IEA*1*000000203~
                """);

        assertThat(ack.groups()).containsExactly(new GroupVerdict("HC", "17456", AcknowledgementCode.REJECTED, 1, 1,
                0, List.of("Number of included transaction sets does not match actual count (AK905 5)"), List.of(
                        new SetVerdict("837", "0021", AcknowledgementCode.REJECTED, List.of(
                                "segment CLM at position 22 in loop 2300 (context CLM01 A37YH556): segment has data"
                                        + " element errors (IK304 8)",
                                "segment CLM at position 22 in loop 2300 (context CLM01 A37YH556), element 5,"
                                        + " component 3 (data element 1331): invalid code value 'Z' (IK403 7)",
                                "segment REF at position 30 in loop 2300: implementation \"not used\" segment"
                                        + " present (IK304 I4)",
                                "Implementation one or more segments in error (IK502 I5)")))));
    }

    @Test
    void elementContextOf999() {
        ReceivedAcknowledgement ack = read(ISA_5010 + """
                GS*FA*ACMEEDI*TRADEHUB*20260115*1030*302*X*005010X231A1~
                ST*999*0002*005010X231A1~
                AK1*HC*17457*005010X222A1~
                AK2*837*0022*005010X222A1~
                IK3*NM1*8*2010BA*8~
                IK4*9**I9~
                CTX*SITUATIONAL TRIGGER*NM1*8*2010BA*8~
                IK5*E~
                AK9*E*1*1*1~
                SE*9*0002~
                GE*1*302~
                IEA*1*000000203~
                """);

        assertThat(ack.groups().get(0).code()).isEqualTo(AcknowledgementCode.ACCEPTED_WITH_ERRORS);
        assertThat(ack.groups().get(0).sets()).containsExactly(new SetVerdict("837", "0022",
                AcknowledgementCode.ACCEPTED_WITH_ERRORS, List.of(
                        "segment NM1 at position 8 in loop 2010BA: segment has data element errors (IK304 8)",
                        "segment NM1 at position 8 in loop 2010BA, element 9 (context SITUATIONAL TRIGGER at segment"
                                + " NM1 at position 8 in loop 2010BA, element 8): implementation dependent data"
                                + " element missing (IK403 I9)")));
    }

    @Test
    void ta1RejectingTheInterchange() {
        ReceivedAcknowledgement ack = read(ISA_4010 + "TA1*000000101*260115*1029*R*022~\nIEA*0*000000202~\n");

        assertThat(ack.standard()).isEqualTo(Standard.X12);
        assertThat(ack.interchanges()).containsExactly(new InterchangeVerdict("000000101",
                AcknowledgementCode.REJECTED, List.of("Invalid control structure (TA105 022)")));
        assertThat(ack.groups()).isEmpty();
    }

    @Test
    void ta1AcceptingHasNoError() {
        ReceivedAcknowledgement ack = read(ISA_5010 + "TA1*000000101*260115*1029*A*000~\nIEA*0*000000203~\n");

        assertThat(ack.interchanges()).containsExactly(
                new InterchangeVerdict("000000101", AcknowledgementCode.ACCEPTED, List.of()));
    }

    @Test
    void ta1OnlyInterchangeTranslatesWithoutErrors() {
        for (String payload : new String[] {
            ISA_4010 + "TA1*000000101*260115*1029*R*022~\nIEA*0*000000202~\n",
            ISA_5010 + "TA1*000000101*260115*1029*A*000~\nTA1*000000102*260115*1029*E*023~\nIEA*0*000000203~\n"}) {
            Interchange interchange = new DocumentTranslator().translate(payload.getBytes(StandardCharsets.US_ASCII));

            assertThat(interchange.errors()).isEmpty();
            assertThat(interchange.transactionSets()).isEmpty();
            assertThat(interchange.groups()).isEmpty();
            assertThat(interchange.envelope().interchangeControl()).startsWith("00000020");
        }
    }

    @Test
    void contrlAcceptingTheInterchange() {
        ReceivedAcknowledgement ack = read(UNB + "UNH+1+CONTRL:D:3:UN'"
                + "UCI+REF55+4012345000016:14+4098765000008:14+7'UNT+3+1'UNZ+1+REF77'");

        assertThat(ack.standard()).isEqualTo(Standard.EDIFACT);
        assertThat(ack.interchanges()).containsExactly(
                new InterchangeVerdict("REF55", AcknowledgementCode.ACCEPTED, List.of()));
        assertThat(ack.groups()).isEmpty();
    }

    @Test
    void contrlMessageTranslatesWithoutErrors() {
        Interchange interchange = new DocumentTranslator().translate((UNB + "UNH+1+CONTRL:D:3:UN'"
                + "UCI+REF55+4012345000016:14+4098765000008:14+7'UNT+3+1'UNZ+1+REF77'")
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(interchange.errors()).isEmpty();
        assertThat(interchange.transactionSets()).singleElement()
                .satisfies(set -> assertThat(set.errors()).isEmpty());
    }

    @Test
    void contrlRejectingMessages() {
        ReceivedAcknowledgement ack = read(UNB + "UNH+2+CONTRL:D:3:UN'"
                + "UCI+REF56+4012345000016:14+4098765000008:14+7'"
                + "UCM+1+ORDERS:D:96A:UN+4'UCS+5'UCD+12+2:1'UCS+9+13'"
                + "UCF+GRP9+4012345000016+4098765000008+4+28+UNE'"
                + "UCM+2+INVOIC:D:96A:UN+4+29+UNT+1'"
                + "UNT+9+2'UNZ+1+REF77'");

        assertThat(ack.interchanges()).containsExactly(
                new InterchangeVerdict("REF56", AcknowledgementCode.ACCEPTED, List.of()));
        assertThat(ack.groups()).containsExactly(
                new GroupVerdict(null, null, AcknowledgementCode.ACCEPTED, null, null, null, List.of(), List.of(
                        new SetVerdict("ORDERS", "1", AcknowledgementCode.REJECTED, List.of(
                                "segment at position 5, element 2, component 1: invalid value (0085 12)",
                                "segment at position 9: missing (0085 13)")))),
                new GroupVerdict(null, "GRP9", AcknowledgementCode.REJECTED, null, null, null,
                        List.of("segment UNE: references do not match (0085 28)"), List.of(
                                new SetVerdict("INVOIC", "2", AcknowledgementCode.REJECTED, List.of(
                                        "segment UNT, element 1: control count does not match number of instances"
                                                + " received (0085 29)")))));
    }

    @Test
    void contrlRejectingTheInterchangeInSyntax4() {
        ReceivedAcknowledgement ack = read("UNA:+.? 'UNB+UNOC:4+4098765000008:14+4012345000016:14+20260115:1030"
                + "+REF78'UNH+1+CONTRL:4:1:UN'UCI+REF57+4012345000016:14+4098765000008:14+4+12'UNT+3+1'"
                + "UNH+2+CONTRL:4:1:UN'UCI+REF58+4012345000016:14+4098765000008:14+4+12+UNB+3:2'UNT+3+2'UNZ+2+REF78'");

        assertThat(ack.interchanges()).containsExactly(
                new InterchangeVerdict("REF57", AcknowledgementCode.REJECTED, List.of("Invalid value (0085 12)")),
                new InterchangeVerdict("REF58", AcknowledgementCode.REJECTED,
                        List.of("segment UNB, element 3, component 2: invalid value (0085 12)")));
        assertThat(ack.groups()).isEmpty();
    }

    @Test
    void onlyTheAcknowledgementPartsOfAMixedInterchange() {
        ReceivedAcknowledgement ack = read(ISA_4010 + """
                GS*PO*ACMEEDI*TRADEHUB*20260115*1030*500*X*004010~
                ST*850*0001~
                BEG*00*SA*PO-1**20260115~
                AK9*R*9*9*0~
                SE*4*0001~
                GE*1*500~
                GS*FA*ACMEEDI*TRADEHUB*20260115*1030*501*X*004010~
                ST*997*0001~
                AK1*PO*104~
                AK9*A*0*0*0~
                SE*4*0001~
                GE*1*501~
                IEA*2*000000202~
                """);

        assertThat(ack.groups()).containsExactly(
                new GroupVerdict("PO", "104", AcknowledgementCode.ACCEPTED, 0, 0, 0, List.of(), List.of()));
    }

    @Test
    void anOrderIsNoAcknowledgement() throws IOException {
        assertThat(AcknowledgementReader.read(Files.readAllBytes(Path.of("..", "samples", "acme-850-004010.x12"))))
                .isEmpty();
        assertThat(AcknowledgementReader.read(Files.readAllBytes(Path.of("..", "samples", "beta-orders-d96a.edi"))))
                .isEmpty();
    }

    @Test
    void aTruncatedAcknowledgementCountsOnlyWhatIsComplete() {
        String ta1 = ISA_4010 + "TA1*000000101*260115*1029*A*000~\n";
        assertThat(AcknowledgementReader.read((ta1 + "GS*FA*ACMEEDI*TRADEHUB*20260115*1030*201*X*004010~"
                + "ST*997*0001~AK1*PO*101~AK2*850*0001~AK5*A~AK9*A*1*1*1~").getBytes(StandardCharsets.US_ASCII)))
                .hasValueSatisfying(ack -> {
                    assertThat(ack.interchanges()).hasSize(1);
                    assertThat(ack.groups()).isEmpty();
                });
    }

    @Test
    void garbageIsNoAcknowledgement() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertThat(AcknowledgementReader.read(random)).isEmpty();
        assertThat(AcknowledgementReader.read(null)).isEmpty();
        assertThat(AcknowledgementReader.read(new byte[0])).isEmpty();
        assertThat(AcknowledgementReader.read(" \r\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AcknowledgementReader.read("ISA*garbage~TA1*1~".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AcknowledgementReader.read("UNB+\u0000\u0001'''+".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        byte[] isaThenNoise = new byte[200];
        new Random(7).nextBytes(isaThenNoise);
        System.arraycopy("ISA".getBytes(StandardCharsets.US_ASCII), 0, isaThenNoise, 0, 3);
        assertThat(AcknowledgementReader.read(isaThenNoise)).isEmpty();
    }
}

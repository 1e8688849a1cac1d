package dev.tradehub.acknowledgement.x12;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.acknowledgement.AcknowledgementBuilder;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement;
import dev.tradehub.outbound.WrittenForTest;
import dev.tradehub.outbound.OutboundEnvelope;
import dev.tradehub.outbound.WrittenInterchange;
import dev.tradehub.outbound.x12.X12InterchangeWriter;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.DocumentTranslator;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 997, 999 and TA1 for interchanges of the corpus, asserted segment by segment, each written interchange read back
 * by the translator (StAEDI with the control schema) without a single error.
 */
class X12AcknowledgementsTest {

    private static final DocumentTranslator TRANSLATOR = new DocumentTranslator();
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 5);


    private static OutboundEnvelope envelope(String version) {
        return new OutboundEnvelope("ACME", Standard.X12, version, new PartyId("ZZ", "TRADEHUB"),
                new PartyId("ZZ", "ACMEEDI"), null, null, new OutboundEnvelope.Delimiters('*', '>', '^', '~', "\n"),
                false);
    }

    private static String acknowledge(String corpusFile, String version, X12Acknowledgements.Type type, boolean ta1) {
        FunctionalAcknowledgement ack = AcknowledgementBuilder.of(TRANSLATOR.translate(corpus(corpusFile)));
        WrittenInterchange written = new X12InterchangeWriter().write(envelope(version),
                X12Acknowledgements.content(ack, type, ta1), AT, new WrittenForTest.CountingNumbers());
        Interchange reread = TRANSLATOR.translate(written.bytes());
        assertThat(reread.errors()).as("the written acknowledgement reads back without envelope errors").isEmpty();
        assertThat(reread.transactionSets()).allSatisfy(set -> {
            assertThat(set.errors()).isEmpty();
            assertThat(set.disposition()).isEqualTo(Disposition.UNSUPPORTED);
        });
        return new String(written.bytes(), StandardCharsets.US_ASCII);
    }

    private static List<String> segments(String interchange) {
        return interchange.lines().map(line -> line.endsWith("~") ? line.substring(0, line.length() - 1) : line)
                .toList();
    }

    @Test
    void oneBadSetAmongGoodOnesIsRejectedWithItsSegmentAndElement() {
        List<String> segments = segments(acknowledge("x12/multi-po-one-bad.x12", "00401",
                X12Acknowledgements.Type.BY_VERSION, false));
        assertThat(segments.get(0)).isEqualTo("ISA*00*          *00*          *ZZ*TRADEHUB       *ZZ*ACMEEDI        "
                + "*261201*0905*U*00401*000000001*0*P*>");
        assertThat(segments.subList(1, segments.size())).containsExactly(
                "GS*FA*TRADEHUB*ACMEEDI*20261201*0905*1*X*004010",
                "ST*997*0001",
                "AK1*PO*31",
                "AK2*850*0001",
                "AK5*A",
                "AK2*850*0002",
                "AK3*PO1*4**8",
                "AK4*2**6",
                "AK5*R*5",
                "AK2*850*0003",
                "AK5*A",
                "AK9*P*3*3*2",
                "SE*12*0001",
                "GE*1*1",
                "IEA*1*000000001");
    }

    @Test
    void missingMandatoryValuesAndSegmentsAreReportedWithX12Codes() {
        List<String> segments = segments(acknowledge("x12/err-missing-mandatory.x12", "00401",
                X12Acknowledgements.Type.BY_VERSION, false));
        int first = segments.indexOf("AK2*850*0001");
        assertThat(segments.subList(first, segments.indexOf("AK9*R*2*2*0") + 1)).containsExactly(
                "AK2*850*0001",
                "AK3*BEG*2**8", "AK4*3**1",           // BEG03, the PO number, missing
                "AK3*PO1*3**8", "AK4*2**1",           // the first line's quantity missing (and no item identifier)
                "AK3*PO1*4**8", "AK4*4**6",           // the second line's price is no number
                "AK5*R*5",
                "AK2*850*0002",
                "AK3*PO1*2**3",                       // an order without any line: the mandatory PO1 is missing
                "AK5*R*5",
                "AK9*R*2*2*0");
    }

    @Test
    void aWrongGroupCountRejectsTheGroupWithCode5() {
        List<String> segments = segments(acknowledge("x12/err-ge01-count.x12", "00401",
                X12Acknowledgements.Type.BY_VERSION, false));
        assertThat(segments).contains("AK1*PO*1", "AK9*R*5*2*0*5");
    }

    @Test
    void version005010GroupsGetA999() {
        List<String> segments = segments(acknowledge("x12/850-005010-crlf-pipe.x12", "00501",
                X12Acknowledgements.Type.BY_VERSION, false));
        assertThat(segments.get(0)).contains("*^*00501*");
        assertThat(segments).contains("GS*FA*TRADEHUB*ACMEEDI*20261201*0905*1*X*005010X231A1",
                "ST*999*0001*005010X231A1", "AK1*PO*7*005010", "AK2*850*1001", "IK5*A", "AK9*A*1*1*1");
    }

    @Test
    void aTa1AnswersTheInterchangeEnvelope() {
        List<String> clean = segments(acknowledge("x12/850-004010-two-po.x12", "00401",
                X12Acknowledgements.Type.X997, true));
        assertThat(clean.get(1)).matches("TA1\\*\\d{9}\\*\\d{6}\\*\\d{4}\\*A\\*000");
        assertThat(clean.get(2)).startsWith("GS*FA*");

        FunctionalAcknowledgement broken = AcknowledgementBuilder.of(TRANSLATOR.translate(corpus("x12/err-isa13-iea02.x12")));
        assertThat(X12Acknowledgements.ta1(broken, false).elements()).extracting(e -> e.get(0))
                .containsExactly("000000101", "260115", "1030", "R", "001");
        assertThat(X12Acknowledgements.ta1(AcknowledgementBuilder.of(TRANSLATOR.translate(
                corpus("x12/850-004010-two-po.x12"))), true).elements().get(4)).containsExactly("025");
    }

    @Test
    void partnersDelimitersAndLineEndingsAreUsed() {
        FunctionalAcknowledgement ack = AcknowledgementBuilder.of(TRANSLATOR.translate(corpus("x12/850-004010-two-po.x12")));
        OutboundEnvelope pipes = new OutboundEnvelope("ACME", Standard.X12, "00401", new PartyId("01", "123456789"),
                new PartyId("ZZ", "ACMEEDI"), "TH-APP", "ACME-APP", new OutboundEnvelope.Delimiters('|', '\\', '^', '!', "\r\n"),
                true);
        WrittenInterchange written = new X12InterchangeWriter().write(pipes,
                X12Acknowledgements.content(ack, X12Acknowledgements.Type.X997, false), AT, new WrittenForTest.CountingNumbers());
        String text = new String(written.bytes(), StandardCharsets.US_ASCII);
        assertThat(text).startsWith("ISA|00|          |00|          |01|123456789      |ZZ|ACMEEDI        |")
                .contains("|0|T|\\!\r\nGS|FA|TH-APP|ACME-APP|").endsWith("IEA|1|000000001!\r\n");
        assertThat(TRANSLATOR.translate(written.bytes()).errors()).isEmpty();
        assertThat(written.groupControls()).containsExactly("1");
        assertThat(written.setControls()).containsExactly("0001");
    }

    static byte[] corpus(String resource) {
        try (InputStream in = X12AcknowledgementsTest.class.getResourceAsStream("/edi/" + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

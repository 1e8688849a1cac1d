package dev.tradehub.acknowledgement.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.acknowledgement.AcknowledgementBuilder;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundEnvelope;
import dev.tradehub.outbound.documents.PartnerEnvelopes;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.translation.DocumentTranslator;
import dev.tradehub.translation.EnvelopeFacts;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which acknowledgements a profile and an envelope ask for, and the envelope an answer gets. */
class AcknowledgementChoiceTest {

    private static final DocumentTranslator TRANSLATOR = new DocumentTranslator();

    private static FunctionalAcknowledgement x12(String isa14, boolean brokenTrailer) {
        String text = "ISA*00*          *00*          *ZZ*ACMEEDI        *ZZ*TRADEHUB       *261127*1200*U*00401*000000042*"
                + isa14 + "*P*>~GS*PO*ACMEEDI*TRADEHUB*20261127*1200*7*X*004010~ST*850*0001~BEG*00*SA*PO-1**20261127~"
                + "PO1*1*2*EA*450**VN*FURN_7800~CTT*1~SE*5*0001~GE*1*7~IEA*1*" + (brokenTrailer ? "000000043" : "000000042") + "~";
        return AcknowledgementBuilder.of(TRANSLATOR.translate(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static List<String> types(OutboundContent content) {
        List<String> types = new java.util.ArrayList<>();
        content.interchangeSegments().forEach(segment -> types.add(segment.tag()));
        content.groups().forEach(group -> group.sets().forEach(set -> types.add(set.type())));
        return types;
    }

    @Test
    void x12GetsIts997AndATa1AsTheProfileAndTheEnvelopeSay() {
        assertThat(types(AcknowledgementIssuer.x12Content(x12("0", false), "BY_VERSION", "WHEN_REQUESTED", false, false)))
                .containsExactly("997");
        assertThat(types(AcknowledgementIssuer.x12Content(x12("1", false), "BY_VERSION", "WHEN_REQUESTED", true, false)))
                .containsExactly("TA1", "997");
        assertThat(types(AcknowledgementIssuer.x12Content(x12("0", false), "999", "ALWAYS", false, false)))
                .containsExactly("TA1", "999");
        assertThat(types(AcknowledgementIssuer.x12Content(x12("1", false), "NONE", "NEVER", true, false))).isEmpty();
        assertThat(types(AcknowledgementIssuer.x12Content(x12("0", false), "997", "ON_ERROR", false, false)))
                .containsExactly("997");
        assertThat(types(AcknowledgementIssuer.x12Content(x12("0", true), "997", "ON_ERROR", false, false)))
                .as("a broken envelope gets its TA1 on error").startsWith("TA1");
        assertThat(types(AcknowledgementIssuer.x12Content(x12("0", false), "997", "ON_ERROR", false, true)))
                .as("a duplicate gets its TA1 on error").containsExactly("TA1", "997");
        OutboundContent duplicate = AcknowledgementIssuer.x12Content(x12("1", false), "997", "WHEN_REQUESTED", true, true);
        assertThat(duplicate.interchangeSegments().get(0).elements()).contains(List.of("025"));
    }

    @Test
    void edifactGetsACONTRLWhenAskedOrWhenTheProfileSaysSo() {
        String unb0031 = "UNA:+.? 'UNB+UNOC:3+4012345000016:14+4098765000008:14+261127:1200+REF42++++1'"
                + "UNH+1+ORDERS:D:96A:UN'BGM+220+PO-1+9'UNT+3+1'UNZ+1+REF42'";
        String plain = unb0031.replace("+REF42++++1'", "+REF42'");
        FunctionalAcknowledgement asked = AcknowledgementBuilder.of(TRANSLATOR.translate(unb0031.getBytes(StandardCharsets.ISO_8859_1)));
        FunctionalAcknowledgement notAsked = AcknowledgementBuilder.of(TRANSLATOR.translate(plain.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(types(AcknowledgementIssuer.edifactContent(asked, "BY_VERSION", true))).containsExactly("CONTRL");
        assertThat(AcknowledgementIssuer.edifactContent(notAsked, "BY_VERSION", false)).isNull();
        assertThat(types(AcknowledgementIssuer.edifactContent(notAsked, "CONTRL", false))).containsExactly("CONTRL");
        assertThat(AcknowledgementIssuer.edifactContent(asked, "NONE", true)).isNull();
        String contrl = "UNA:+.? 'UNB+UNOC:3+4012345000016:14+4098765000008:14+261127:1200+REF43++++1'"
                + "UNH+1+CONTRL:D:3:UN'UCI+7+4098765000008:14+4012345000016:14+7'UNT+3+1'UNZ+1+REF43'";
        assertThat(AcknowledgementIssuer.edifactContent(AcknowledgementBuilder.of(TRANSLATOR.translate(
                contrl.getBytes(StandardCharsets.ISO_8859_1))), "CONTRL", true)).as("a CONTRL is not answered").isNull();
    }

    @Test
    void anAnswerMirrorsTheInboundEnvelopeUnlessTheProfileNamesItsOwn() {
        EnvelopeFacts inbound = new EnvelopeFacts(Standard.X12, "00501", new PartyId("ZZ", "ACMEEDI"),
                new PartyId("ZZ", "TRADEHUB-ALT"), "000000042", null, true, false);
        PartnerProfile plain = profile(null, null);
        OutboundEnvelope answer = PartnerEnvelopes.answering(plain, inbound);
        assertThat(answer.sender()).isEqualTo(new PartyId("ZZ", "TRADEHUB-ALT"));
        assertThat(answer.receiver()).isEqualTo(new PartyId("ZZ", "ACMEEDI"));
        assertThat(answer.syntaxVersion()).isEqualTo("00501");
        assertThat(answer.test()).as("an answer to test data is test data").isTrue();
        assertThat(answer.delimiters()).isEqualTo(new OutboundEnvelope.Delimiters('*', '>', '^', '~', "\n"));

        PartnerProfile own = profile("TEST", new PartnerProfile.OutboundSettings(new PartnerProfile.EnvelopeId("01", "123456789"),
                null, "00401", "|", "^", "{", "\\", "CRLF", "SENDERAPP", null, "MAILBOX", null));
        OutboundEnvelope named = PartnerEnvelopes.answering(own, inbound);
        assertThat(named.sender()).isEqualTo(new PartyId("01", "123456789"));
        assertThat(named.syntaxVersion()).isEqualTo("00401");
        assertThat(named.groupSender()).isEqualTo("SENDERAPP");
        assertThat(named.delimiters()).isEqualTo(new OutboundEnvelope.Delimiters('|', '^', '{', '\\', "\r\n"));

        OutboundEnvelope originated = PartnerEnvelopes.of(own);
        assertThat(originated.receiver()).as("the first of the partner's interchange IDs").isEqualTo(new PartyId("ZZ", "ACMEEDI"));
        assertThat(originated.test()).isTrue();
    }

    private static PartnerProfile profile(String mode, PartnerProfile.OutboundSettings outbound) {
        return new PartnerProfile("ACME", "Acme", "X12", List.of("004010"), "CUST-0001", true,
                List.of(new PartnerProfile.EnvelopeId("ZZ", "ACMEEDI")), List.of(),
                List.of(new PartnerProfile.EnvelopeId("ZZ", "TRADEHUB")), List.of(), Map.of(), null, mode, null, outbound, null, null, null);
    }
}

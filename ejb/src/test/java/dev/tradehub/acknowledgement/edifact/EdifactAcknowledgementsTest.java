package dev.tradehub.acknowledgement.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.acknowledgement.AcknowledgementBuilder;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement;
import dev.tradehub.outbound.WrittenForTest;
import dev.tradehub.outbound.OutboundEnvelope;
import dev.tradehub.outbound.WrittenInterchange;
import dev.tradehub.outbound.edifact.EdifactInterchangeWriter;
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
 * CONTRL for EDIFACT interchanges of the corpus, segment by segment; every CONTRL interchange written reads back
 * through the translator (StAEDI with the control schema of its syntax version) without an error.
 */
class EdifactAcknowledgementsTest {

    private static final DocumentTranslator TRANSLATOR = new DocumentTranslator();
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 5);


    private static List<String> contrl(String corpusFile, String syntax) {
        FunctionalAcknowledgement ack = AcknowledgementBuilder.of(TRANSLATOR.translate(corpus(corpusFile)));
        OutboundEnvelope envelope = new OutboundEnvelope("BETA", Standard.EDIFACT, syntax,
                new PartyId("14", "4098765000008"), new PartyId("14", "4012345000016"), null, null, null, false);
        WrittenInterchange written = new EdifactInterchangeWriter().write(envelope, EdifactAcknowledgements.content(ack),
                AT, new WrittenForTest.CountingNumbers());
        Interchange reread = TRANSLATOR.translate(written.bytes());
        assertThat(reread.errors()).as("the CONTRL reads back without envelope errors").isEmpty();
        assertThat(reread.transactionSets()).singleElement().satisfies(set -> {
            assertThat(set.docType()).isEqualTo("CONTRL");
            assertThat(set.errors()).isEmpty();
            assertThat(set.disposition()).isEqualTo(Disposition.UNSUPPORTED);
        });
        return new String(written.bytes(), StandardCharsets.ISO_8859_1).lines()
                .map(line -> line.endsWith("'") ? line.substring(0, line.length() - 1) : line).toList();
    }

    @Test
    void twoGoodMessagesAreAcknowledged() {
        assertThat(contrl("edifact/orders-d96a-una-comma-two-msgs.edi", "UNOC:3")).containsExactly(
                "UNA:+.? ",
                "UNB+UNOC:3+4098765000008:14+4012345000016:14+261201:0905+1",
                "UNH+1+CONTRL:D:3:UN",
                "UCI+BETA000001+4012345000016:14+4098765000008:14+7",
                "UCM+ORD1+ORDERS:D:96A:UN+7",
                "UCM+ORD2+ORDERS:D:96A:UN+7",
                "UNT+5+1",
                "UNZ+1+1");
    }

    @Test
    void badValuesAreRejectedWithTheirSegmentsAndElements() {
        List<String> segments = contrl("edifact/err-bad-values.edi", "UNOC:3");
        assertThat(segments).contains("UCI+REF001+4012345000016:14+4098765000008:14+7", "UCM+1+ORDERS:D:96A:UN+4")
                .containsSubsequence(
                        "UCS+3", "UCD+12+1:2",      // DTM+137 with month 13
                        "UCS+4", "UCD+12+1:3",      // DTM+2 in a format it does not have (718)
                        "UCS+6", "UCD+37+1:2",      // QTY 1,5,0 is no number
                        "UCS+7", "UCD+37+1:2",      // PRI abc is no number
                        "UCS+9", "UCD+12+1:2");     // CNT says 3 lines, the message has 1
    }

    @Test
    void aWrongSegmentCountRejectsTheMessageWithCode29() {
        List<String> segments = contrl("edifact/err-unt-count.edi", "UNOC:3");
        assertThat(segments).contains("UCM+1+ORDERS:D:96A:UN+4+29", "UCM+2+ORDERS:D:96A:UN+7");
    }

    @Test
    void aWrongInterchangeReferenceRejectsTheInterchange() {
        List<String> segments = contrl("edifact/err-unz-reference.edi", "UNOC:3");
        assertThat(segments).anySatisfy(s -> assertThat(s).startsWith("UCI+").endsWith("+4+28"));
    }

    @Test
    void syntaxVersion4GetsA4CONTRLAndGroupsTheirUcf() {
        List<String> segments = contrl("edifact/orders-d01b-syntax4-ung.edi", "UNOB:4");
        assertThat(segments).contains("UNH+1+CONTRL:4:1:UN", "UCF+G-1+++7", "UCM+M1+ORDERS:D:01B:UN+7");
        assertThat(segments.get(1)).startsWith("UNB+UNOB:4+4098765000008:14+4012345000016:14+20261201:0905+1");
    }

    static byte[] corpus(String resource) {
        try (InputStream in = EdifactAcknowledgementsTest.class.getResourceAsStream("/edi/" + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

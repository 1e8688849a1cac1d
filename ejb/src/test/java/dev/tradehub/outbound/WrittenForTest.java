package dev.tradehub.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.outbound.edifact.EdifactInterchangeWriter;
import dev.tradehub.outbound.x12.X12InterchangeWriter;
import dev.tradehub.translation.DocumentTranslator;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a document's content as the demo partners get it (ACME in X12, BETA in EDIFACT) at a fixed time, and reads
 * the interchange back with StAEDI, which must find no error in it: what the document tests assert on.
 */
public final class WrittenForTest {

    public static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 9, 30);
    private static final DocumentTranslator TRANSLATOR = new DocumentTranslator();

    private WrittenForTest() {
    }

    /** Numbers as a persistent source gives them: 1, 2, 3 ... per kind. */
    public static final class CountingNumbers implements ControlNumbers {
        private final Map<Kind, Long> last = new EnumMap<>(Kind.class);

        @Override
        public long next(Kind kind, String partner, String senderId) {
            return last.merge(kind, 1L, Long::sum);
        }
    }

    /** The interchange's text, after checking that it reads back without an error. */
    public static String writtenAndReadBack(Standard standard, String syntax, OutboundContent content) {
        OutboundEnvelope envelope = standard == Standard.X12
                ? new OutboundEnvelope("ACME", standard, syntax, new PartyId("ZZ", "TRADEHUB"),
                        new PartyId("ZZ", "ACMEEDI"), null, null, null, false)
                : new OutboundEnvelope("BETA", standard, syntax, new PartyId("14", "4098765000008"),
                        new PartyId("14", "4012345000016"), null, null, null, false);
        WrittenInterchange written = standard == Standard.X12
                ? new X12InterchangeWriter().write(envelope, content, AT, new CountingNumbers())
                : new EdifactInterchangeWriter().write(envelope, content, AT, new CountingNumbers());
        Interchange reread = TRANSLATOR.translate(written.bytes());
        assertThat(reread.errors()).as("read back without envelope errors").isEmpty();
        assertThat(reread.transactionSets()).allSatisfy(set -> assertThat(set.errors()).isEmpty());
        return new String(written.bytes(), StandardCharsets.ISO_8859_1);
    }
}

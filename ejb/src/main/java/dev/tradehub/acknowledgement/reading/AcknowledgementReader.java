package dev.tradehub.acknowledgement.reading;

import dev.tradehub.acknowledgement.ReceivedAcknowledgement;
import dev.tradehub.translation.PayloadText;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a partner's acknowledgement of what we sent: the TA1 segments and the 997 and 999 sets of an X12
 * interchange, or the CONTRL messages of an EDIFACT one; anything else the interchange holds is skipped.
 *
 * <p>One streaming pass with StAEDI, without validation: unknown segments are passed over, and a code the
 * acknowledgement leaves out or that its standard does not define reads as a null code. The verdicts of a 997, 999
 * or CONTRL count once its trailer (SE, UNT) is read, so a payload that breaks off gives the complete ones only.
 * Stateless and thread-safe.
 */
public final class AcknowledgementReader {

    private static final EDIInputFactory FACTORY = factory();

    private AcknowledgementReader() {
    }

    /**
     * Reads a payload.
     *
     * @param payload the raw bytes as received (ASCII, UTF-8, ISO-8859-1 or UTF-16), may be null
     * @return what the acknowledgement says; empty when the payload holds no TA1, 997, 999 or CONTRL, or cannot be
     *         read at all. Never throws for bad input.
     */
    public static Optional<ReceivedAcknowledgement> read(byte[] payload) {
        if (payload == null) {
            return Optional.empty();
        }
        PayloadText text = PayloadText.of(payload);
        int start = text.firstSignificant();
        if (start < 0) {
            return Optional.empty();
        }
        AcknowledgementParser parser = text.startsWith(start, "ISA") ? new X12AcknowledgementParser()
                : text.startsWith(start, "UNA") || text.startsWith(start, "UNB") ? new EdifactAcknowledgementParser() : null;
        if (parser == null) {
            return Optional.empty();
        }
        Fields segment = new Fields();
        byte[] bytes = text.bytes();
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(
                new ByteArrayInputStream(bytes, start, bytes.length - start), text.encoding())) {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case START_SEGMENT -> segment.begin(reader.getLocation().getSegmentTag());
                    case ELEMENT_DATA -> {
                        Location at = reader.getLocation();
                        segment.put(at.getElementPosition(), at.getComponentPosition(), at.getElementOccurrence(),
                                reader.getText());
                    }
                    case END_SEGMENT -> parser.segment(segment);
                    default -> {
                        // envelope events, composites and errors: the segments say all that is needed
                    }
                }
            }
        } catch (EDIStreamException | IOException | RuntimeException e) {
            // unreadable from here on: what was complete before counts
        }
        return parser.result();
    }

    private static EDIInputFactory factory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        return factory; // never changed after this point: creating readers from it is thread-safe
    }
}

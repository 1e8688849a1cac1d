package dev.tradehub.acknowledgement.reading;

import dev.tradehub.acknowledgement.ReceivedAcknowledgement;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
     * @param payload the raw bytes as received (ASCII, UTF-8 or ISO-8859-1), may be null
     * @return what the acknowledgement says; empty when the payload holds no TA1, 997, 999 or CONTRL, or cannot be
     *         read at all. Never throws for bad input.
     */
    public static Optional<ReceivedAcknowledgement> read(byte[] payload) {
        int start = payload == null ? -1 : firstSignificant(payload);
        if (start < 0) {
            return Optional.empty();
        }
        AcknowledgementParser parser = startsWith(payload, start, "ISA") ? new X12Acknowledgements()
                : startsWith(payload, start, "UNA") || startsWith(payload, start, "UNB")
                        ? new EdifactAcknowledgements() : null;
        if (parser == null) {
            return Optional.empty();
        }
        Fields segment = new Fields();
        String encoding = isUtf8(payload) ? "UTF-8" : "ISO-8859-1";
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(
                new ByteArrayInputStream(payload, start, payload.length - start), encoding)) {
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

    /** The index of the first byte that is not a blank or a UTF-8 byte order mark, or -1. */
    private static int firstSignificant(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length ? i : -1;
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        if (offset + prefix.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

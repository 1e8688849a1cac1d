package dev.tradehub.outbound;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What both standards' writers do the same way with StAEDI's writer. */
public final class SegmentWriting {

    private SegmentWriting() {
    }

    /** Writes one segment's elements and components as they are (StAEDI escapes or refuses what it must). */
    public static void write(EDIStreamWriter writer, OutboundSegment segment) throws EDIStreamException {
        writer.writeStartSegment(segment.tag());
        for (List<String> element : segment.trimmedElements()) {
            if (element.size() == 1) {
                writer.writeElement(element.get(0));
            } else {
                writer.writeStartElement();
                for (String component : element) {
                    writer.writeComponent(component);
                }
                writer.endElement();
            }
        }
        writer.writeEndSegment();
    }

    /** StAEDI's pretty print ends each segment with {@code \n}; the partner may want {@code \r\n}. */
    public static byte[] lineEndings(byte[] written, OutboundEnvelope.Delimiters d) {
        if (!"\r\n".equals(d.lineEnding())) {
            return written;
        }
        String text = new String(written, StandardCharsets.ISO_8859_1);
        return text.replace(d.segment() + "\n", d.segment() + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}

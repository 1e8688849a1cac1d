package dev.tradehub.channel;

import dev.tradehub.intake.DocumentIntake;
import java.util.Locale;

/**
 * Names the content type of a document that arrived without one (a file): from its first bytes, else from its
 * name. X12 starts with {@code ISA}, EDIFACT with {@code UNA} or {@code UNB}, canonical JSON with a brace; a file
 * named {@code .csv} is a CSV batch. Anything else gets no type, and intake keeps it and refuses it as such.
 */
public final class ContentSniffing {

    private ContentSniffing() {
    }

    /** The content type, or null when neither the bytes nor the name tell. */
    public static String contentTypeOf(byte[] payload, String fileName) {
        int start = 0;
        if (payload.length >= 3 && (payload[0] & 0xFF) == 0xEF && (payload[1] & 0xFF) == 0xBB
                && (payload[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < payload.length && Character.isWhitespace(payload[start])) {
            start++;
        }
        String head = new String(payload, start, Math.min(3, payload.length - start),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.equals("ISA")) {
            return "application/edi-x12";
        }
        if (head.equals("UNA") || head.equals("UNB")) {
            return "application/edifact";
        }
        if (head.startsWith("{")) {
            return "application/json";
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt") && head.contains(",")) {
            return DocumentIntake.CSV_TYPE;
        }
        return null;
    }
}

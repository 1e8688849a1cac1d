package dev.tradehub.translation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The payload's bytes in an encoding StAEDI can stream (UTF-16 is re-encoded to UTF-8), with the name of that
 * encoding, seen as characters for sniffing the standard and checking the fixed-width header. EDI envelopes are
 * ASCII, so the header is read byte by byte without decoding the payload. Shared by everything that streams a
 * received payload with StAEDI (translation, the reading of acknowledgements).
 */
public final class PayloadText implements CharSequence {

    private final byte[] bytes;
    private final String encoding;

    private PayloadText(byte[] bytes, String encoding) {
        this.bytes = bytes;
        this.encoding = encoding;
    }

    public static PayloadText of(byte[] payload) {
        Charset utf16 = utf16(payload);
        if (utf16 != null) {
            String decoded = new String(payload, utf16);
            if (!decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
                decoded = decoded.substring(1);
            }
            return new PayloadText(decoded.getBytes(StandardCharsets.UTF_8), "UTF-8");
        }
        return new PayloadText(payload, isAscii(payload) || isUtf8(payload) ? "UTF-8" : "ISO-8859-1");
    }

    /** UTF-16 by its byte order mark, or by NUL bytes in every other position of an ASCII-range start. */
    private static Charset utf16(byte[] b) {
        if (b.length >= 2) {
            if ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == 0 && b[1] != 0)) {
                return StandardCharsets.UTF_16BE;
            }
            if ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] != 0 && b[1] == 0)) {
                return StandardCharsets.UTF_16LE;
            }
        }
        return null;
    }

    private static boolean isAscii(byte[] b) {
        for (byte value : b) {
            if (value < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    public byte[] bytes() {
        return bytes;
    }

    public String encoding() {
        return encoding;
    }

    /** The index of the first character that is not a blank or a UTF-8 byte order mark, or -1. */
    public int firstSignificant() {
        int i = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length ? i : -1;
    }

    public boolean startsWith(int offset, String prefix) {
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

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}

package dev.tradehub.channel.as2;

import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request to the AS2 endpoint as the web adapter read it.
 *
 * @param headers the HTTP headers (names compared without regard to case; the first value of each)
 * @param body    the body as received
 * @param remote  who sent it (address), for the log
 */
public record As2Request(Map<String, String> headers, byte[] body, String remote) {

    public As2Request {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = copy;
    }

    /** The header's value, trimmed, or null when absent or blank. */
    public String header(String name) {
        String value = headers.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An AS2 ID header ({@code AS2-From}, {@code AS2-To}) without the quotes RFC 4130 allows around it. */
    public String as2Id(String name) {
        String value = header(name);
        if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}

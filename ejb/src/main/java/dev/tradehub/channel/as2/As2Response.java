package dev.tradehub.channel.as2;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the AS2 endpoint answers: an MDN (synchronous), an empty 200 (an asynchronous MDN follows), or a plain
 * refusal when no MDN was asked for.
 *
 * @param status  the HTTP status
 * @param headers the HTTP headers (Content-Type included)
 * @param body    the body
 */
public record As2Response(int status, Map<String, String> headers, byte[] body) {

    public As2Response {
        headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    /** A plain-text answer (no MDN). */
    static As2Response text(int status, String text) {
        return new As2Response(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
                (text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}

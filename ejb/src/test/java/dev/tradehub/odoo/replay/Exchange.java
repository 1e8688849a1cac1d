package dev.tradehub.odoo.replay;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One expected request and the answer to it.
 *
 * @param label        for failure messages (the transcript file)
 * @param method       expected HTTP method, or null for any
 * @param path         expected path, or null for any
 * @param headers      headers that must be sent with exactly these values (values starting with
 *                     {@code application/json} match by prefix); a null value means the header must be absent
 * @param body         expected JSON body, or null for any body
 * @param jsonRpc      true: the JSON-RPC {@code id} is not compared, and the answer's {@code id} is the request's
 * @param status       the answer's status
 * @param contentType  the answer's Content-Type
 * @param responseBody the answer's bytes
 * @param delayMillis  how long to wait before answering
 */
public record Exchange(String label, String method, String path, Map<String, String> headers, JsonValue body,
        boolean jsonRpc, int status, String contentType, byte[] responseBody, long delayMillis) {

    /** Expects exactly the transcript's request, with the placeholders replaced, and answers its response. */
    public static Exchange of(Transcript transcript, Map<String, String> placeholders) {
        Map<String, String> headers = new LinkedHashMap<>();
        transcript.headers().forEach((name, value) -> {
            String replaced = value;
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                replaced = replaced.replace(placeholder.getKey(), placeholder.getValue());
            }
            headers.put(name, replaced);
        });
        if ("json2".equals(transcript.protocol()) && transcript.path().startsWith("/json/2/")) {
            headers.putIfAbsent("X-Odoo-Database", null);
            headers.putIfAbsent("Authorization", null);
        }
        return new Exchange(transcript.file(), transcript.method(), transcript.path(), headers,
                transcript.requestBody(), "jsonrpc".equals(transcript.protocol()), transcript.status(),
                transcript.contentType(), transcript.responseBytes(), 0);
    }

    /** Answers any request with a fixed JSON text. */
    public static Exchange anyRequest(String label, int status, String contentType, String body) {
        return new Exchange(label, null, null, Map.of(), null, false, status, contentType,
                body.getBytes(StandardCharsets.UTF_8), 0);
    }

    public Exchange withBody(JsonValue expectedBody) {
        return new Exchange(label, method, path, headers, expectedBody, jsonRpc, status, contentType, responseBody,
                delayMillis);
    }

    /** Matches any request (what the client sends is not what the transcript shows); answers the same. */
    public Exchange anyRequest() {
        return new Exchange(label, null, null, Map.of(), null, jsonRpc, status, contentType, responseBody,
                delayMillis);
    }

    public Exchange withPath(String expectedPath) {
        return new Exchange(label, method, expectedPath, headers, body, jsonRpc, status, contentType, responseBody,
                delayMillis);
    }

    public Exchange withResponse(int newStatus, String newContentType, String newBody) {
        return new Exchange(label, method, path, headers, body, jsonRpc, newStatus, newContentType,
                newBody.getBytes(StandardCharsets.UTF_8), delayMillis);
    }

    public Exchange withDelay(long millis) {
        return new Exchange(label, method, path, headers, body, jsonRpc, status, contentType, responseBody, millis);
    }
}

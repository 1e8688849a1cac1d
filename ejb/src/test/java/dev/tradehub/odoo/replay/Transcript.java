package dev.tradehub.odoo.replay;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One golden transcript file of {@code src/test/resources/odoo/transcripts}. */
public record Transcript(String file, String protocol, String method, String path, Map<String, String> headers,
        JsonValue requestBody, int status, String contentType, JsonValue responseBody) {

    public static Transcript load(String file) {
        String resource = "/odoo/transcripts/" + file;
        try (InputStream in = Transcript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No transcript " + resource);
            }
            JsonObject root;
            try (JsonReader reader = Json.createReader(in)) {
                root = reader.readObject();
            }
            JsonObject request = root.getJsonObject("request");
            JsonObject response = root.getJsonObject("response");
            Map<String, String> headers = new LinkedHashMap<>();
            request.getJsonObject("headers").forEach((name, value) -> headers.put(name, ((JsonString) value).getString()));
            JsonObject responseHeaders = response.getJsonObject("headers");
            return new Transcript(file, root.getString("protocol"), request.getString("method"),
                    request.getString("path"), headers, request.get("body"), response.getInt("status"),
                    responseHeaders.containsKey("Content-Type") ? responseHeaders.getString("Content-Type") : null,
                    response.get("body"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response body as the server sent it: JSON written out, or the raw text of an HTML page. */
    public byte[] responseBytes() {
        if (responseBody instanceof JsonString text && (contentType == null || !contentType.contains("json"))) {
            return text.getString().getBytes(StandardCharsets.UTF_8);
        }
        return responseBody.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** JSON-2 model of the path {@code /json/2/<model>/<method>}. */
    public String json2Model() {
        return path.split("/")[3];
    }

    /** JSON-2 method of the path {@code /json/2/<model>/<method>}. */
    public String json2Method() {
        return path.split("/")[4];
    }

    /** The error object: the JSON-2 body, or the JSON-RPC {@code error.data}. */
    public JsonObject errorObject() {
        JsonObject body = responseBody.asJsonObject();
        return body.containsKey("error") ? body.getJsonObject("error").getJsonObject("data") : body;
    }

    /** JSON-RPC {@code params.args}. */
    public jakarta.json.JsonArray rpcArgs() {
        return requestBody.asJsonObject().getJsonObject("params").getJsonArray("args");
    }
}

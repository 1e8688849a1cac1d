package dev.tradehub.odoo.transport;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * JSON-P with the provider looked up once (the static {@code jakarta.json.Json} methods look it up on every call).
 */
public final class JsonSupport {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private JsonSupport() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = PROVIDER.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    public static JsonArray longs(Collection<Long> values) {
        JsonArrayBuilder array = PROVIDER.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    /** A domain term {@code [field, operator, value]}. */
    public static JsonArray term(String field, String operator, JsonValue value) {
        return PROVIDER.createArrayBuilder().add(field).add(operator).add(value).build();
    }

    public static JsonValue string(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonValue number(long value) {
        return PROVIDER.createValue(value);
    }

    public static byte[] write(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(value);
        }
        return out.toByteArray();
    }

    /** The parsed body, or empty when it is not JSON. */
    public static Optional<JsonValue> tryRead(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        // Explicit UTF-8: auto-detection needs two bytes and fails on a bare one-digit answer such as search_count's 0.
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            return Optional.of(reader.readValue());
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** An integral JSON number as a long, else null. */
    public static Long asLong(JsonValue value) {
        return value instanceof JsonNumber number && number.isIntegral() ? number.longValue() : null;
    }
}

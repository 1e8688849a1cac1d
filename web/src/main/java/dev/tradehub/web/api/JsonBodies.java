package dev.tradehub.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;

/**
 * Builders and readers of the API's JSON bodies. {@code jakarta.json.Json}'s static methods look the provider up
 * on every call (a service-loader search, 12 % of an intake request's CPU in the benchmarks); these factories are
 * made once.
 */
final class JsonBodies {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

    private JsonBodies() {
    }

    static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    static JsonReader reader(String json) {
        return READERS.createReader(new StringReader(json));
    }
}

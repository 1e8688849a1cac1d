package dev.tradehub.odoo.replay;

import dev.tradehub.odoo.OdooSettings;
import dev.tradehub.odoo.OdooSettings.Protocol;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;

/** The capture session's facts, and transcripts turned into exchanges for a client configured with test keys. */
public final class Odoo {

    public static final String DATABASE = "odoo_capture";
    public static final String ADMIN_LOGIN = "admin";
    public static final String ADMIN_KEY = "test-admin-key-5f1c9a";
    public static final String SAM_LOGIN = "sam";
    public static final String SAM_KEY = "test-sam-key-77d2e0";
    public static final Map<String, String> PLACEHOLDERS = Map.of("<API_KEY>", ADMIN_KEY, "<SAM_API_KEY>", SAM_KEY);

    private static final JsonPointer EXECUTE_KW_PASSWORD = Json.createPointer("/params/args/2");

    private Odoo() {
    }

    public static OdooSettings settings(ReplayServer server, Protocol protocol, String login, String key) {
        return new OdooSettings(server.baseUrl(), DATABASE, login, key, protocol, Duration.ofSeconds(10),
                Duration.ofSeconds(2), 4, Duration.ofSeconds(10));
    }

    /** The transcript as an exchange; {@code <API_KEY>} placeholders become the test keys. */
    public static Exchange exchange(String file) {
        Transcript transcript = Transcript.load(file);
        Exchange exchange = Exchange.of(transcript, PLACEHOLDERS);
        JsonValue body = transcript.requestBody();
        if (body instanceof JsonObject object && object.toString().contains("<API_KEY>")) {
            exchange = exchange.withBody(Json.createReader(new java.io.StringReader(
                    object.toString().replace("<API_KEY>", ADMIN_KEY))).readValue());
        }
        return exchange;
    }

    /**
     * A JSON-RPC {@code execute_kw} transcript, whose password argument (the capture session used the admin
     * password, or the key under test) is the key the client is configured with.
     */
    public static Exchange executeKw(String file, String key) {
        Exchange exchange = exchange(file);
        return exchange.withBody(EXECUTE_KW_PASSWORD.replace(exchange.body().asJsonObject(), Json.createValue(key)));
    }

    /** {@code common.login [db, login, key]} answering {@code uid}, as in 01-login-jsonrpc-common-login-apikey.json. */
    public static Exchange login(String login, String key, long uid) {
        Exchange template = exchange("01-login-jsonrpc-common-login-apikey.json");
        JsonObject body = template.body().asJsonObject();
        JsonArray args = Json.createArrayBuilder().add(DATABASE).add(login).add(key).build();
        JsonObject expected = Json.createPointer("/params/args").replace(body, args);
        return template.withBody(expected)
                .withResponse(200, "application/json; charset=utf-8", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + uid + "}");
    }

    /** A JSON array of JSON values. */
    public static JsonArray array(Object... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object value : values) {
            if (value instanceof JsonValue json) {
                array.add(json);
            } else if (value instanceof String text) {
                array.add(text);
            } else if (value instanceof Number number) {
                array.add(Json.createValue(new java.math.BigDecimal(number.toString())));
            } else {
                throw new IllegalArgumentException(String.valueOf(value));
            }
        }
        return array.build();
    }

    /** Parses JSON text (with single quotes for readability). */
    public static JsonValue json(String text) {
        return Json.createReader(new java.io.StringReader(text.replace('\'', '"'))).readValue();
    }
}

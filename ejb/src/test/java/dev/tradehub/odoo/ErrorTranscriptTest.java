package dev.tradehub.odoo;

import static dev.tradehub.odoo.OdooException.Kind.AUTHENTICATION;
import static dev.tradehub.odoo.OdooException.Kind.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradehub.odoo.OdooException.Kind;
import dev.tradehub.odoo.OdooSettings.Protocol;
import dev.tradehub.odoo.json2.Json2Transport;
import dev.tradehub.odoo.jsonrpc.JsonRpcTransport;
import dev.tradehub.odoo.replay.Exchange;
import dev.tradehub.odoo.replay.Odoo;
import dev.tradehub.odoo.replay.ReplayServer;
import dev.tradehub.odoo.replay.Transcript;
import dev.tradehub.odoo.transport.OdooHttp;
import dev.tradehub.odoo.transport.OdooTransport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error transcript of sections 04, 09 and 11-txn, replayed through the transports: the request the transport
 * builds must be the recorded one (except the four requests our client cannot send at all, answered whatever is
 * sent), and the answer must map to the right kind with Odoo's own name and message, no traceback, no key.
 */
class ErrorTranscriptTest {

    /** Requests our client never sends (GET, no Authorization, malformed JSON, no method): only the answer is replayed. */
    private static final Set<String> ANSWER_ONLY = Set.of("09-error-json2-get-method.json",
            "09-error-json2-missing-authorization.json", "09-error-json2-malformed-json-body.json",
            "09-error-json2-missing-method-in-path.json");

    @RegisterExtension
    final ReplayServer server = ReplayServer.start();

    static Stream<Arguments> json2Errors() {
        return Stream.of(
                Arguments.of("04-sale-json2-create-wrong-uom-field-product_uom.json", REJECTED),
                Arguments.of("09-error-json2-create-missing-required-partner_id.json", REJECTED),
                Arguments.of("09-error-json2-domain-invalid-field.json", REJECTED),
                Arguments.of("09-error-json2-get-method.json", REJECTED),
                Arguments.of("09-error-json2-ids-on-model-method.json", REJECTED),
                Arguments.of("09-error-json2-lowpriv-model-acl-account-payment.json", AUTHENTICATION),
                Arguments.of("09-error-json2-lowpriv-read-other-salesman-order.json", AUTHENTICATION),
                Arguments.of("09-error-json2-lowpriv-write-account-move.json", AUTHENTICATION),
                Arguments.of("09-error-json2-malformed-json-body.json", REJECTED),
                Arguments.of("09-error-json2-method-on-nonexistent-record.json", REJECTED),
                Arguments.of("09-error-json2-missing-authorization.json", AUTHENTICATION),
                Arguments.of("09-error-json2-missing-method-in-path.json", REJECTED),
                Arguments.of("09-error-json2-private-method.json", AUTHENTICATION),
                Arguments.of("09-error-json2-read-invalid-field.json", REJECTED),
                Arguments.of("09-error-json2-unexpected-kwarg.json", REJECTED),
                Arguments.of("09-error-json2-unknown-method.json", REJECTED),
                Arguments.of("09-error-json2-unknown-model.json", REJECTED),
                Arguments.of("09-error-json2-usererror-confirm-cancelled-order.json", REJECTED),
                Arguments.of("09-error-json2-write-invalid-field.json", REJECTED),
                Arguments.of("09-error-json2-write-nonexistent-record.json", REJECTED),
                Arguments.of("09-error-json2-wrong-api-key.json", AUTHENTICATION),
                Arguments.of("11-txn-json2-create-batch-second-fails.json", REJECTED));
    }

    static Stream<Arguments> jsonRpcErrors() {
        return Stream.of(
                Arguments.of("04-sale-jsonrpc-create-wrong-uom-field-product_uom.json", REJECTED),
                Arguments.of("09-error-jsonrpc-create-missing-required-partner_id.json", REJECTED),
                Arguments.of("09-error-jsonrpc-lowpriv-model-acl-account-payment.json", AUTHENTICATION),
                Arguments.of("09-error-jsonrpc-lowpriv-read-other-salesman-order.json", AUTHENTICATION),
                Arguments.of("09-error-jsonrpc-private-method.json", AUTHENTICATION),
                Arguments.of("09-error-jsonrpc-read-invalid-field.json", REJECTED),
                Arguments.of("09-error-jsonrpc-unexpected-kwarg.json", REJECTED),
                Arguments.of("09-error-jsonrpc-unknown-method.json", REJECTED),
                Arguments.of("09-error-jsonrpc-unknown-model.json", REJECTED),
                Arguments.of("09-error-jsonrpc-usererror-confirm-cancelled-order.json", REJECTED),
                Arguments.of("09-error-jsonrpc-write-invalid-field.json", REJECTED),
                Arguments.of("09-error-jsonrpc-write-nonexistent-record.json", REJECTED),
                Arguments.of("09-error-jsonrpc-wrong-api-key.json", AUTHENTICATION),
                Arguments.of("09-error-jsonrpc-wrong-password.json", AUTHENTICATION),
                Arguments.of("11-txn-jsonrpc-create-batch-second-fails.json", REJECTED));
    }

    static Stream<String> json2Successes() {
        return Stream.of("09-error-json2-lowpriv-account-move-read-allowed.json",
                "09-error-json2-lowpriv-context-get.json", "09-error-json2-lowpriv-search-other-salesman-order.json",
                "09-error-json2-no-database-header.json", "09-error-json2-read-nonexistent-record.json",
                "09-error-json2-usererror-setup-action-cancel.json",
                "11-txn-json2-search-count-after-failed-batch.json");
    }

    static Stream<String> jsonRpcSuccesses() {
        return Stream.of("09-error-jsonrpc-lowpriv-account-move-read-allowed.json",
                "09-error-jsonrpc-read-nonexistent-record.json",
                "11-txn-jsonrpc-search-count-after-failed-batch.json");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("json2Errors")
    void json2ErrorMapsToKindNameAndMessage(String file, Kind kind) {
        Transcript transcript = Transcript.load(file);
        String key = json2Key(transcript);
        OdooException error = catchThrowableOfType(() -> replayJson2(transcript, key), OdooException.class);

        JsonObject odoo = transcript.errorObject();
        assertMapped(error, kind, odoo.getString("name"), odoo.getString("message"), transcript.status(), key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("json2Successes")
    void json2NonErrorsOfSection09AreAnswers(String file) {
        Transcript transcript = Transcript.load(file);
        assertThat(replayJson2(transcript, json2Key(transcript))).isEqualTo(transcript.responseBody());
    }

    @ParameterizedTest(name = "09-error-json2-wrong-database-header.json")
    @MethodSource("unknownDatabase")
    void unknownDatabaseHtmlPageIsRejectedWithItsText(String file) {
        Transcript transcript = Transcript.load(file);
        server.expect(Odoo.exchange(file));
        OdooSettings settings = new OdooSettings(server.baseUrl(), "no_such_db", null, Odoo.ADMIN_KEY, Protocol.JSON2,
                java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(2), 2, java.time.Duration.ofSeconds(5));
        JsonObject body = transcript.requestBody().asJsonObject();

        OdooException error = catchThrowableOfType(() -> new Json2Transport(new OdooHttp(settings))
                .call("res.partner", "search_read", null, body), OdooException.class);

        assertThat(error).isNotNull();
        assertThat(error.kind()).isEqualTo(REJECTED);
        assertThat(error.errorName()).isNull();
        assertThat(error.httpStatus()).isEqualTo(404);
        assertThat(error.getMessage()).contains("HTTP 404", "text/html",
                "No database is selected and the requested URL was not found").doesNotContain("<h1>");
    }

    static Stream<String> unknownDatabase() {
        return Stream.of("09-error-json2-wrong-database-header.json");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("jsonRpcErrors")
    void jsonRpcErrorMapsToKindNameAndMessage(String file, Kind kind) {
        Transcript transcript = Transcript.load(file);
        String key = jsonRpcKey(transcript);
        OdooException error = catchThrowableOfType(() -> replayExecuteKw(transcript, key), OdooException.class);

        JsonObject odoo = transcript.errorObject();
        assertMapped(error, kind, odoo.getString("name"), odoo.getString("message"), 200, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonRpcSuccesses")
    void jsonRpcNonErrorsOfSection09AreAnswers(String file) {
        Transcript transcript = Transcript.load(file);
        assertThat(replayExecuteKw(transcript, jsonRpcKey(transcript)))
                .isEqualTo(transcript.responseBody().asJsonObject().get("result"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownService")
    void jsonRpcUnknownServiceIsRejected(String file) {
        Transcript transcript = Transcript.load(file);
        server.expect(Odoo.exchange(file));
        JsonRpcTransport transport = new JsonRpcTransport(new OdooHttp(
                Odoo.settings(server, Protocol.JSONRPC, Odoo.ADMIN_LOGIN, Odoo.ADMIN_KEY)));

        OdooException error = catchThrowableOfType(
                () -> transport.callService("nosuchservice", "foo", JsonValue.EMPTY_JSON_ARRAY, "nosuchservice.foo"),
                OdooException.class);

        assertMapped(error, REJECTED, "builtins.KeyError", "nosuchservice", 200, Odoo.ADMIN_KEY);
    }

    static Stream<String> unknownService() {
        return Stream.of("09-error-jsonrpc-unknown-service.json");
    }

    private JsonValue replayJson2(Transcript transcript, String key) {
        Exchange exchange = Exchange.of(transcript, Odoo.PLACEHOLDERS);
        boolean answerOnly = ANSWER_ONLY.contains(transcript.file());
        server.expect(answerOnly ? exchange.anyRequest() : exchange);
        boolean noDatabase = !transcript.headers().containsKey("X-Odoo-Database");
        OdooSettings settings = Odoo.settings(server, Protocol.JSON2, null, key);
        if (noDatabase) {
            settings = new OdooSettings(settings.baseUrl(), null, null, key, Protocol.JSON2, settings.requestTimeout(),
                    settings.connectTimeout(), 1, settings.acquireTimeout());
        }
        OdooTransport transport = new Json2Transport(new OdooHttp(settings));
        if (answerOnly) {
            return transport.call("res.partner", "search_read", null, JsonValue.EMPTY_JSON_OBJECT);
        }
        JsonObject body = transcript.requestBody().asJsonObject();
        JsonArray ids = body.containsKey("ids") ? body.getJsonArray("ids") : null;
        JsonObjectBuilder named = Json.createObjectBuilder(body).remove("ids");
        return transport.call(transcript.json2Model(), transcript.json2Method(), ids, named.build());
    }

    /**
     * Rebuilds the named call from the recorded {@code execute_kw} arguments; the server then checks that the
     * transport lays them out again exactly as recorded.
     */
    private JsonValue replayExecuteKw(Transcript transcript, String key) {
        JsonArray args = transcript.rpcArgs();
        long uid = args.getJsonNumber(1).longValue();
        String login = uid == 7 ? Odoo.SAM_LOGIN : Odoo.ADMIN_LOGIN;
        server.expect(Odoo.login(login, key, uid), Odoo.executeKw(transcript.file(), key));
        JsonRpcTransport transport = new JsonRpcTransport(new OdooHttp(Odoo.settings(server, Protocol.JSONRPC, login,
                key)));

        String model = args.getString(3);
        String method = args.getString(4);
        JsonArray positional = args.getJsonArray(5);
        JsonObjectBuilder named = Json.createObjectBuilder(args.size() > 6 ? args.getJsonObject(6)
                : JsonValue.EMPTY_JSON_OBJECT);
        JsonArray ids = null;
        Function<String, String> leading = m -> switch (m) {
            case "search_read", "search_count", "search" -> "domain";
            case "create" -> "vals_list";
            default -> null;
        };
        if (leading.apply(method) != null) {
            named.add(leading.apply(method), positional.get(0));
        } else {
            ids = positional.getJsonArray(0);
            if (positional.size() > 1) {
                named.add("vals", positional.get(1));
            }
        }
        return transport.call(model, method, ids, named.build());
    }

    private static String json2Key(Transcript transcript) {
        String authorization = transcript.headers().getOrDefault("Authorization", "bearer <API_KEY>");
        String key = authorization.substring("bearer ".length());
        return Odoo.PLACEHOLDERS.getOrDefault(key, key);
    }

    private static String jsonRpcKey(Transcript transcript) {
        String password = transcript.rpcArgs().getString(2);
        return switch (password) {
            case "admin" -> Odoo.ADMIN_KEY;
            case "sam-Passw0rd!" -> Odoo.SAM_KEY;
            default -> password; // a wrong key or password, as recorded
        };
    }

    private static void assertMapped(OdooException error, Kind kind, String name, String message, int status,
            String key) {
        assertThat(error).as("an OdooException").isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.errorName()).isEqualTo(name);
        assertThat(error.getMessage()).isEqualTo(message).doesNotContain("Traceback").doesNotContain(key);
        assertThat(error.httpStatus()).isEqualTo(status);
        assertThat(error.isTransient()).isFalse();
    }
}

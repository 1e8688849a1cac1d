package dev.tradehub.odoo.jsonrpc;

import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.OdooException.Kind;
import dev.tradehub.odoo.OdooSettings;
import dev.tradehub.odoo.OdooVersion;
import dev.tradehub.odoo.transport.JsonSupport;
import dev.tradehub.odoo.transport.OdooHttp;
import dev.tradehub.odoo.transport.OdooHttp.Answer;
import dev.tradehub.odoo.transport.OdooTransport;
import dev.tradehub.odoo.transport.Versions;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC: {@code POST /jsonrpc}. The uid is learnt once with {@code common.login [db, login, key]}; model calls
 * are {@code object.execute_kw [db, uid, key, model, method, args, kwargs]} where {@code args} holds the record
 * ids and the method's leading positional parameter ({@code domain}, {@code vals_list}, {@code vals}) and
 * {@code kwargs} everything else, {@code context} included (left out when empty).
 */
public final class JsonRpcTransport implements OdooTransport {

    /** The named arguments Odoo's methods take positionally, in order, after the ids. */
    private static final Map<String, List<String>> POSITIONAL = Map.of(
            "search_read", List.of("domain"),
            "search", List.of("domain"),
            "search_count", List.of("domain"),
            "create", List.of("vals_list"),
            "write", List.of("vals"));

    private final OdooHttp http;
    private final OdooSettings settings;
    private final AtomicLong requestIds = new AtomicLong();
    private final Object loginLock = new Object();
    private volatile Long uid;

    public JsonRpcTransport(OdooHttp http) {
        this.http = http;
        this.settings = http.settings();
    }

    @Override
    public JsonValue call(String model, String method, JsonArray ids, JsonObject namedArgs) {
        JsonObject named = namedArgs == null ? JsonValue.EMPTY_JSON_OBJECT : namedArgs;
        JsonArrayBuilder args = JsonSupport.array();
        if (ids != null) {
            args.add(ids);
        }
        List<String> positional = POSITIONAL.getOrDefault(method, List.of());
        int taken = 0;
        while (taken < positional.size() && named.containsKey(positional.get(taken))) {
            args.add(named.get(positional.get(taken)));
            taken++;
        }
        JsonObjectBuilder kwargs = JsonSupport.object();
        boolean anyKwarg = false;
        for (Map.Entry<String, JsonValue> arg : named.entrySet()) {
            if (!positional.subList(0, taken).contains(arg.getKey())) {
                kwargs.add(arg.getKey(), arg.getValue());
                anyKwarg = true;
            }
        }
        JsonArrayBuilder executeKw = JsonSupport.array()
                .add(settings.database())
                .add(uid())
                .add(settings.apiKey())
                .add(model)
                .add(method)
                .add(args);
        if (anyKwarg) {
            executeKw.add(kwargs);
        }
        return callService("object", "execute_kw", executeKw.build(), model + "/" + method);
    }

    @Override
    public OdooVersion version() {
        String what = "common.version";
        JsonValue result = callService("common", "version", JsonValue.EMPTY_JSON_ARRAY, what);
        if (result instanceof JsonObject info) {
            return Versions.parse(info.get("server_version_info"), info.get("server_version"))
                    .orElseThrow(() -> http.errors().malformed(200, what, "no server_version_info"));
        }
        throw http.errors().malformed(200, what, "not a JSON object");
    }

    /** The user id, from {@code common.login} on first use. */
    public long uid() {
        Long known = uid;
        if (known != null) {
            return known;
        }
        synchronized (loginLock) {
            if (uid == null) {
                uid = login();
            }
            return uid;
        }
    }

    private long login() {
        String what = "common.login";
        JsonArray args = JsonSupport.array().add(settings.database()).add(settings.login()).add(settings.apiKey())
                .build();
        Long result = JsonSupport.asLong(callService("common", "login", args, what));
        if (result == null) {
            throw new OdooException(Kind.AUTHENTICATION, null, "Odoo refused the login '" + settings.login()
                    + "' with the configured API key on database '" + settings.database() + "'", 200, null);
        }
        return result;
    }

    /**
     * One JSON-RPC {@code call} of {@code service.method(args)}.
     *
     * @return the {@code result}
     */
    public JsonValue callService(String service, String method, JsonArray args, String what) {
        JsonObject body = JsonSupport.object()
                .add("jsonrpc", "2.0")
                .add("method", "call")
                .add("params", JsonSupport.object().add("service", service).add("method", method).add("args", args))
                .add("id", requestIds.incrementAndGet())
                .build();
        Answer answer = http.send(http.postJson("/jsonrpc", JsonSupport.write(body)).build(), what);
        Optional<JsonValue> json = JsonSupport.tryRead(answer.body());
        if (json.isEmpty() || !(json.get() instanceof JsonObject response)) {
            throw http.errors().fromUnexpectedBody(answer.status(), answer.contentType(), answer.body(), what);
        }
        if (response.get("error") instanceof JsonObject error) {
            String fallback = error.get("message") instanceof JsonString message ? message.getString() : null;
            JsonObject data = error.get("data") instanceof JsonObject details ? details : JsonValue.EMPTY_JSON_OBJECT;
            throw http.errors().fromErrorObject(data, answer.status(), fallback, what);
        }
        if (answer.status() != 200) {
            throw http.errors().fromUnexpectedBody(answer.status(), answer.contentType(), answer.body(), what);
        }
        if (!response.containsKey("result")) {
            throw http.errors().malformed(answer.status(), what, "neither result nor error");
        }
        return response.get("result");
    }
}

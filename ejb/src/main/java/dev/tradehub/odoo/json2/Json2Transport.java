package dev.tradehub.odoo.json2;

import dev.tradehub.odoo.OdooVersion;
import dev.tradehub.odoo.transport.JsonSupport;
import dev.tradehub.odoo.transport.OdooHttp;
import dev.tradehub.odoo.transport.OdooHttp.Answer;
import dev.tradehub.odoo.transport.OdooTransport;
import dev.tradehub.odoo.transport.Versions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;

/**
 * JSON-2: {@code POST /json/2/<model>/<method>}, {@code Authorization: bearer <key>}, {@code X-Odoo-Database}
 * (left out when no database is configured), a JSON object of named arguments ({@code ids} first when given).
 */
public final class Json2Transport implements OdooTransport {

    private final OdooHttp http;
    private final String authorization;

    public Json2Transport(OdooHttp http) {
        this.http = http;
        this.authorization = "bearer " + http.settings().apiKey();
    }

    @Override
    public JsonValue call(String model, String method, JsonArray ids, JsonObject namedArgs) {
        JsonObjectBuilder body = JsonSupport.object();
        if (ids != null) {
            body.add("ids", ids);
        }
        if (namedArgs != null) {
            for (Map.Entry<String, JsonValue> arg : namedArgs.entrySet()) {
                body.add(arg.getKey(), arg.getValue());
            }
        }
        String path = "/json/2/" + model + "/" + method;
        String what = model + "/" + method;
        HttpRequest.Builder request = http.postJson(path, JsonSupport.write(body.build()))
                .header("Authorization", authorization);
        String database = http.settings().database();
        if (database != null && !database.isBlank()) {
            request.header("X-Odoo-Database", database);
        }
        return answer(http.send(request.build(), what), what);
    }

    @Override
    public OdooVersion version() {
        String what = "GET /json/version";
        JsonValue body = answer(http.send(http.request("/json/version").header("Accept", "application/json").GET()
                .build(), what), what);
        if (body instanceof JsonObject object) {
            return Versions.parse(object.get("version_info"), object.get("version"))
                    .orElseThrow(() -> http.errors().malformed(200, what, "no version_info"));
        }
        throw http.errors().malformed(200, what, "not a JSON object");
    }

    private JsonValue answer(Answer answer, String what) {
        Optional<JsonValue> json = JsonSupport.tryRead(answer.body());
        if (answer.status() == 200 && json.isPresent()) {
            return json.get();
        }
        if (json.isPresent() && json.get() instanceof JsonObject error && error.containsKey("name")) {
            throw http.errors().fromErrorObject(error, answer.status(), null, what);
        }
        throw http.errors().fromUnexpectedBody(answer.status(), answer.contentType(), answer.body(), what);
    }
}

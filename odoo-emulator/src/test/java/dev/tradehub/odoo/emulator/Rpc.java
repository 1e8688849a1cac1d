package dev.tradehub.odoo.emulator;

import dev.tradehub.odoo.emulator.orm.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A tiny JSON-2 / JSON-RPC client for the tests. */
final class Rpc {
    record Reply(int status, String contentType, String text, HttpHeaders headers) {
        Object json() {
            return Json.parse(text);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String apiKey;
    private final String database;

    Rpc(OdooEmulator emulator) {
        this(emulator.url(), emulator.apiKey(), emulator.database());
    }

    /** For an emulator of another JVM. */
    Rpc(String url, String apiKey, String database) {
        this.url = url;
        this.apiKey = apiKey;
        this.database = database;
    }

    Reply json2(String model, String method, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(URI.create(url + "/json/2/" + model + "/" + method))
                .header("Content-Type", "application/json").header("Authorization", "bearer " + apiKey)
                .header("X-Odoo-Database", database)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build());
    }

    Reply jsonrpc(Object params) {
        return send(HttpRequest.newBuilder(URI.create(url + "/jsonrpc")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("jsonrpc", "2.0", "method", "call",
                        "params", params, "id", 1)))).build());
    }

    Reply control(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

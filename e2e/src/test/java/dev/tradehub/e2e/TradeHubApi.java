package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/** TradeHub's REST API as a partner's or an operator's HTTP client sees it. */
final class TradeHubApi {

    private static final Set<String> TERMINAL = Set.of("COMPLETED", "PARTIALLY_COMPLETED", "FAILED", "DUPLICATE",
            "UNSUPPORTED");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    TradeHubApi(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same API with another bearer token (null: none). */
    TradeHubApi withToken(String other) {
        return new TradeHubApi(base, other);
    }

    /** The HTTP answer, its headers and its body (JSON, for {@link #json()}). */
    record Answer(int status, String body, HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }
    }

    Answer post(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = authorized(path).header("Content-Type", contentType);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer put(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer postJson(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Answer get(String path) {
        return send(authorized(path).GET());
    }

    Answer delete(String path) {
        return send(authorized(path).DELETE());
    }

    /** Any method, with a JSON body (or none when null). */
    Answer call(String method, String path, String json) {
        HttpRequest.Builder request = authorized(path);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    Answer getWithoutToken(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts a document and expects it accepted; returns its id. */
    String send(byte[] document, String contentType) {
        Answer answer = post("/api/v1/documents", document, contentType);
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().getString("id");
    }

    /** Waits until the message reaches a terminal status and returns it. */
    JsonObject awaitTerminal(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject message = null;
        while (System.nanoTime() < deadline) {
            Answer answer = get("/api/v1/messages/" + id);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            message = answer.json();
            if (TERMINAL.contains(message.getString("status"))) {
                return message;
            }
            sleep(150);
        }
        throw new AssertionError("Message " + id + " did not finish within " + timeout + ": " + message);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

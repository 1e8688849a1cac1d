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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    /** The HTTP answer with its JSON body (or null when the body is not JSON). */
    record Answer(int status, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }
    }

    Answer post(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
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
            return new Answer(response.statusCode(), response.body());
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

package dev.tradehub.odoo.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JDK {@link HttpServer} that replays transcripts: each request is checked against the next expected
 * {@link Exchange} (method, path, headers, JSON body) and answered with its recorded response. Anything the client
 * sends that real Odoo did not receive is recorded as a failure (and answered 418), so {@link #verify()} fails the
 * test. Counts the requests in flight.
 *
 * <p>Use it as {@code @RegisterExtension final ReplayServer server = ReplayServer.start();}: after each test it is
 * verified and stopped.
 */
public final class ReplayServer implements AutoCloseable, AfterEachCallback {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Exchange> expected = new ArrayDeque<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Exchange always;

    private ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static ReplayServer start() {
        try {
            return new ReplayServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues exchanges, answered in this order. */
    public ReplayServer expect(Exchange... exchanges) {
        synchronized (expected) {
            expected.addAll(List.of(exchanges));
        }
        return this;
    }

    /** Answers every request (checked the same way) once the queue is empty. */
    public ReplayServer always(Exchange exchange) {
        always = exchange;
        return this;
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int requests() {
        return requests.get();
    }

    /** Fails when a request differed from what was expected, or an expected request never came. */
    public void verify() {
        List<String> problems;
        synchronized (failures) {
            problems = new ArrayList<>(failures);
        }
        synchronized (expected) {
            expected.forEach(exchange -> problems.add("expected request never sent: " + exchange.label() + " "
                    + exchange.method() + " " + exchange.path()));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Replay server saw requests that differ from the transcripts:\n- "
                    + String.join("\n- ", problems));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            verify();
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange http) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        requests.incrementAndGet();
        try {
            byte[] requestBytes = http.getRequestBody().readAllBytes();
            Exchange exchange;
            synchronized (expected) {
                exchange = expected.poll();
            }
            if (exchange == null) {
                exchange = always;
            }
            if (exchange == null) {
                fail(http, "unexpected request " + http.getRequestMethod() + " " + http.getRequestURI() + ": "
                        + new String(requestBytes, StandardCharsets.UTF_8));
                return;
            }
            Optional<JsonValue> requestJson = parse(requestBytes);
            Optional<String> problem = check(exchange, http, requestBytes, requestJson);
            if (problem.isPresent()) {
                fail(http, exchange.label() + ": " + problem.get());
                return;
            }
            if (exchange.delayMillis() > 0) {
                try {
                    Thread.sleep(exchange.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = exchange.responseBody();
            if (exchange.jsonRpc() && requestJson.orElse(null) instanceof JsonObject rpc && rpc.containsKey("id")) {
                answer = withId(answer, rpc.get("id"));
            }
            send(http, exchange.status(), exchange.contentType(), answer);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static Optional<String> check(Exchange exchange, HttpExchange http, byte[] requestBytes,
            Optional<JsonValue> requestJson) {
        if (exchange.method() != null && !exchange.method().equals(http.getRequestMethod())) {
            return Optional.of("method " + http.getRequestMethod() + " instead of " + exchange.method());
        }
        if (exchange.path() != null && !exchange.path().equals(http.getRequestURI().toString())) {
            return Optional.of("path " + http.getRequestURI() + " instead of " + exchange.path());
        }
        for (Map.Entry<String, String> header : exchange.headers().entrySet()) {
            String actual = http.getRequestHeaders().getFirst(header.getKey());
            String wanted = header.getValue();
            boolean ok = wanted == null ? actual == null
                    : wanted.startsWith("application/json") ? actual != null && actual.startsWith("application/json")
                    : wanted.equals(actual);
            if (!ok) {
                return Optional.of("header " + header.getKey() + " was " + (actual == null ? "absent" : "'" + actual + "'")
                        + ", expected " + (wanted == null ? "absent" : "'" + wanted + "'"));
            }
        }
        if (exchange.body() != null && exchange.body() != JsonValue.NULL) {
            if (requestJson.isEmpty()) {
                return Optional.of("body is not JSON: " + new String(requestBytes, StandardCharsets.UTF_8));
            }
            Set<String> ignored = exchange.jsonRpc() ? Set.of("id") : Set.of();
            Optional<String> difference = JsonCompare.difference(exchange.body(), requestJson.get(), ignored);
            if (difference.isPresent()) {
                return Optional.of("body differs at " + difference.get() + "\n  sent: " + requestJson.get());
            }
        } else if (exchange.body() == JsonValue.NULL && requestBytes.length > 0) {
            return Optional.of("a body was sent where Odoo received none");
        }
        return Optional.empty();
    }

    private void fail(HttpExchange http, String problem) throws IOException {
        synchronized (failures) {
            failures.add(problem);
        }
        send(http, 418, "application/json", Json.createObjectBuilder().add("replay_mismatch", problem).build()
                .toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange http, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            http.getResponseHeaders().add("Content-Type", contentType);
        }
        http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] withId(byte[] answer, JsonValue id) {
        Optional<JsonValue> json = parse(answer);
        if (json.isEmpty() || !(json.get() instanceof JsonObject object)) {
            return answer;
        }
        JsonObjectBuilder rewritten = Json.createObjectBuilder(object).add("id", id);
        return rewritten.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<JsonValue> parse(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReaderFactory(Map.of()).createReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8)) {
            return Optional.of(reader.readValue());
        } catch (JsonException e) {
            return Optional.empty();
        }
    }
}

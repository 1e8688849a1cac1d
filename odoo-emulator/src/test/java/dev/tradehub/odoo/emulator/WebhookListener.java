package dev.tradehub.odoo.emulator;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook receiver for the tests: records every request, answers {@code {"ok": true}} (after a delay if set). */
final class WebhookListener implements AutoCloseable {
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        /** A header's value by case-insensitive name (the JDK server normalises header names). */
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return String.join(",", e.getValue());
                }
            }
            return null;
        }
    }

    static {
        // The JDK reads sun.net.httpserver.nodelay once, when the JVM's first HttpServer is made. A test that makes
        // this listener before its first emulator (a field of the test) would otherwise leave every emulator of the
        // JVM with ~40 ms of delayed ACK per call (see OdooEmulator), which the cost-model tests measure.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile Duration delay = Duration.ZERO;

    WebhookListener() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    new LinkedHashMap<>(ex.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = "{\"ok\": true}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            try {
                ex.sendResponseHeaders(200, answer.length);
                ex.getResponseBody().write(answer);
            } catch (IOException e) {
                // the emulator gave up waiting (its 1 s timeout): nothing to answer to
            }
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** {@code 127.0.0.1:PORT} */
    String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void delay(Duration d) {
        this.delay = d;
    }

    /** The next request received, waiting up to {@code timeout}; null if none came. */
    Received next(Duration timeout) {
        try {
            return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.tradehub.bench.endtoend;

import dev.tradehub.bench.documents.PurchaseOrders;
import dev.tradehub.odoo.emulator.OdooEmulator;
import dev.tradehub.odoo.emulator.SaleOrderView;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * K orders through TradeHub: X12 850 interchanges of {@code perInterchange} orders posted to the running server by
 * {@code senders} concurrent senders (each one after another), then the time until the emulator holds all K orders
 * confirmed ({@code state = sale}).
 */
public final class TradeHubFlow {

    /** Lines per order (the same four products as the direct script looks up; the calibration's order size). */
    public static final int LINES = 4;

    private final URI documents;
    private final String token;
    private final OdooEmulator odoo;
    private final AtomicLong sequence;

    public TradeHubFlow(URI documents, String token, OdooEmulator odoo, AtomicLong sequence) {
        this.documents = documents;
        this.token = token;
        this.odoo = odoo;
        this.sequence = sequence;
    }

    public Throughput run(String tag, int orders, int perInterchange, int senders, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<byte[]> interchanges = new ArrayList<>();
        for (int first = 0; first < orders; first += perInterchange) {
            List<String> poNumbers = new ArrayList<>();
            for (int i = first; i < Math.min(orders, first + perInterchange); i++) {
                poNumbers.add(tag + "-" + i);
            }
            interchanges.add(PurchaseOrders.x12(sequence.incrementAndGet(), poNumbers, LINES));
        }
        Map<String, Long> callsBefore = odoo.callCounts();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Void>> sent = new ArrayList<>();
            for (byte[] interchange : interchanges) {
                sent.add(pool.submit(() -> {
                    send(http, interchange);
                    return null;
                }));
            }
            for (Future<Void> one : sent) {
                one.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Sending failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long deadline = start + timeout.toNanos();
        int confirmed = 0;
        while (System.nanoTime() < deadline) {
            confirmed = confirmed(tag);
            if (confirmed >= orders) {
                break;
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput("TradeHub, " + perInterchange + " order(s) per interchange, " + senders + " sender(s)",
                orders, confirmed,
                seconds, OdooLatency.callsSince(odoo, callsBefore));
    }

    /**
     * The latency of a lone order: one one-order interchange at a time into an idle server, from the send until
     * TradeHub's message says COMPLETED (the order confirmed in Odoo and recorded: what its sender's operator sees);
     * {@code times} of them, a second apart. Milliseconds, in send order.
     */
    public List<Long> loneOrderLatencies(String tag, int times, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Thread.sleep(1_000);
            byte[] interchange = PurchaseOrders.x12(sequence.incrementAndGet(), List.of(tag + "-" + i), LINES);
            long start = System.nanoTime();
            URI message = documents.resolve("/api/v1/messages/" + send(http, interchange));
            long deadline = start + timeout.toNanos();
            while (System.nanoTime() < deadline && !status(http, message).equals("COMPLETED")) {
                Thread.sleep(5);
            }
            latencies.add((System.nanoTime() - start) / 1_000_000);
        }
        return latencies;
    }

    private String status(HttpClient http, URI message) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(message)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getString("status", "");
        }
    }

    /** Posts the interchange; its message id. */
    private String send(HttpClient http, byte[] interchange) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(documents)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/edi-x12")
                .POST(HttpRequest.BodyPublishers.ofByteArray(interchange)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("Not accepted: " + answer.statusCode() + " " + answer.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getString("id");
        }
    }

    private int confirmed(String tag) {
        int count = 0;
        for (SaleOrderView order : odoo.saleOrders()) {
            if ("sale".equals(order.state()) && order.clientOrderRef() != null
                    && order.clientOrderRef().startsWith(tag + "-")) {
                count++;
            }
        }
        return count;
    }
}

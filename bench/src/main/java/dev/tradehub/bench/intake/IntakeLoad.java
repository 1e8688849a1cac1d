package dev.tradehub.bench.intake;

import dev.tradehub.bench.documents.PurchaseOrders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * N client threads post distinct X12 850s (unique ISA13, GS06 and PO number: no document is a duplicate) to
 * {@code POST /api/v1/documents} for a warm-up and then a measured window; only answers received inside the
 * window count for the rate and the latencies, every 202 counts for the durability check.
 */
public final class IntakeLoad {

    /** Lines per posted order (one order per interchange, about 700 bytes: the size of the samples). */
    public static final int LINES = 3;

    /** The outcome of one concurrency level. */
    public record Result(int clients, double seconds, long acceptedInWindow, long acceptedTotal,
            Map<String, Long> otherOutcomes, double p50Millis, double p99Millis, double maxMillis,
            long storedBefore, long storedAfter) {

        public double perSecond() {
            return acceptedInWindow / seconds;
        }

        /** Messages stored during the run (warm-up included). */
        public long stored() {
            return storedAfter - storedBefore;
        }

        public boolean allStored() {
            return stored() == acceptedTotal;
        }

        public long errors() {
            return otherOutcomes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final URI documents;
    private final String token;
    private final AtomicLong sequence;
    private final String tag;

    /**
     * @param documents the {@code /api/v1/documents} URL
     * @param token     the API token
     * @param sequence  the source of control numbers, shared by every run against the same server
     * @param tag       a prefix making the PO numbers of this server unique
     */
    public IntakeLoad(URI documents, String token, AtomicLong sequence, String tag) {
        this.documents = documents;
        this.token = token;
        this.sequence = sequence;
        this.tag = tag;
    }

    /** Runs one level: {@code clients} threads, {@code warmup} then {@code measure}. */
    public Result run(int clients, Duration warmup, Duration measure, LongSupplier storedMessages)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long storedBefore = storedMessages.getAsLong();
        long start = System.nanoTime();
        long windowStart = start + warmup.toNanos();
        long windowEnd = windowStart + measure.toNanos();
        List<Client> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(http, windowStart, windowEnd, done);
            workers.add(client);
            Thread thread = new Thread(client, "intake-client-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long storedAfter = storedMessages.getAsLong();
        long acceptedInWindow = 0;
        long acceptedTotal = 0;
        Map<String, Long> others = new TreeMap<>();
        int latencyCount = 0;
        for (Client client : workers) {
            acceptedInWindow += client.latencyCount;
            acceptedTotal += client.accepted;
            client.others.forEach((k, v) -> others.merge(k, v, Long::sum));
            latencyCount += client.latencyCount;
        }
        long[] latencies = new long[latencyCount];
        int at = 0;
        for (Client client : workers) {
            System.arraycopy(client.latencies, 0, latencies, at, client.latencyCount);
            at += client.latencyCount;
        }
        Arrays.sort(latencies);
        return new Result(clients, measure.toNanos() / 1e9, acceptedInWindow, acceptedTotal, others,
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6, storedBefore, storedAfter);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private final class Client implements Runnable {
        private final HttpClient http;
        private final long windowStart;
        private final long windowEnd;
        private final CountDownLatch done;
        private long[] latencies = new long[4096];
        private int latencyCount;
        private long accepted;
        private final Map<String, Long> others = new TreeMap<>();

        Client(HttpClient http, long windowStart, long windowEnd, CountDownLatch done) {
            this.http = http;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < windowEnd) {
                    long number = sequence.incrementAndGet();
                    byte[] body = PurchaseOrders.x12(number, List.of(tag + "-" + number), LINES);
                    HttpRequest request = HttpRequest.newBuilder(documents)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/edi-x12")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long sent = System.nanoTime();
                    String outcome;
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        outcome = status == 202 ? null : "HTTP " + status;
                    } catch (IOException e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    long received = System.nanoTime();
                    if (outcome == null) {
                        accepted++;
                        if (sent >= windowStart && received <= windowEnd) {
                            record(received - sent);
                        }
                    } else {
                        others.merge(outcome, 1L, Long::sum);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.countDown();
            }
        }

        private void record(long nanos) {
            if (latencyCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[latencyCount++] = nanos;
        }
    }
}

package dev.tradehub.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends documents with a few concurrent clients, remembering which ones TradeHub acknowledged and with which id. */
final class LoadClients {

    private LoadClients() {
    }

    /**
     * What a load run saw: acknowledged document index -> message id, how many posts failed (no answer), and how
     * long each answered post took.
     */
    record Result(Map<Integer, String> acknowledged, int unanswered, int serverErrors, List<Long> latenciesMillis) {

        /** The latency (ms) that {@code percent} % of the answered posts did not exceed. */
        long latencyPercentile(double percent) {
            List<Long> sorted = latenciesMillis.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1,
                    Math.ceil(percent / 100 * sorted.size()) - 1));
        }
    }

    static Result send(TradeHubApi api, List<byte[]> documents, int clients) {
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                        try {
                            long begin = System.nanoTime();
                            TradeHubApi.Answer answer = api.post("/api/v1/documents", documents.get(i),
                                    "application/edi-x12");
                            latencies.add((System.nanoTime() - begin) / 1_000_000);
                            if (answer.status() == 202 || answer.status() == 200) {
                                acknowledged.put(i, answer.json().getString("id"));
                            } else if (answer.status() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                        } catch (RuntimeException noAnswer) {
                            unanswered.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("load clients failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(Map.copyOf(acknowledged), unanswered.get(), serverErrors.get(), List.copyOf(latencies));
    }
}

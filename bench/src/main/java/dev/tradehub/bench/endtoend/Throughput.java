package dev.tradehub.bench.endtoend;

import java.util.Map;

/**
 * Orders from the first byte sent to the last order confirmed in the emulator.
 *
 * @param label         what was measured
 * @param orders        orders sent
 * @param confirmed     orders the emulator holds confirmed at the end
 * @param seconds       from the first send to the last confirmation (or the timeout)
 * @param odooCalls     calls the emulator received during the run, by {@code model.method}
 */
public record Throughput(String label, int orders, int confirmed, double seconds, Map<String, Long> odooCalls) {

    public double ordersPerSecond() {
        return confirmed / seconds;
    }

    public long totalCalls() {
        return odooCalls.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean complete() {
        return confirmed == orders;
    }
}

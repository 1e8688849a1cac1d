package dev.tradehub.odoo.emulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * What a call costs a real Odoo, so that a client's throughput against the emulator is the one it gets from Odoo.
 * Without it the emulator answers any call in a few milliseconds whatever the batch size, and a client that batches,
 * or one that makes six look-ups per order, looks as fast as one that does not.
 *
 * <p>A call costs a fixed time plus a time per record. The cost is looked up by {@code model/method} (e.g.
 * {@code sale.order/create}), else by method name (e.g. {@code search_read} of any model), else the default.
 * Records counted for a call ({@link #recordsOf}): {@code create}, the dicts of its {@code vals_list} (1 for a
 * single dict); a method on records ({@code action_confirm}, {@code write}, {@code read}, {@code unlink}...), its
 * ids; any other call, 0.
 *
 * <p>Odoo with {@code workers = 0} serialises its CPU-bound work (one Python process, one GIL), so a call holds one
 * of a bounded number of {@link #workers(int) workers} (default 1) for its whole cost; other calls wait, in arrival
 * order, for a free one. The waiting is not part of the cost: a call that waited 2 s still costs its own time once it
 * holds a worker. The emulator runs the call, then sleeps the rest of its cost (cost minus the time the call took),
 * then frees the worker; a call that ends in an Odoo error costs the same (Odoo did the work, then rolled back).
 * This is separate from {@link Faults#latency(Duration)}, a network-like delay that holds no worker.
 *
 * <p>{@link #odoo19()} holds figures measured on an Odoo 19 Community server ({@code workers = 0}, its PostgreSQL
 * on the same 2-core machine) with 4-line sale orders: create + action_confirm cost about 230 ms per call pair plus
 * 150 ms per order, a look-up ({@code search_read}) about 39 ms. A fresh emulator has the model {@link #off()} (no
 * cost, no worker limit) so that tests which do not ask for it stay fast; {@link #scale(double)} keeps the model's
 * shape at a fraction of its time. {@link OdooEmulator#reset()} leaves the model as it is (it describes the server,
 * not a fault). Thread-safe; all setters return {@code this}.
 */
public final class CostModel {
    /** A call's cost: {@code perCallMs + perRecordMs × records}, in milliseconds (before {@link #scale}). */
    public record Cost(double perCallMs, double perRecordMs) {
        public static final Cost ZERO = new Cost(0, 0);

        public Cost {
            if (!(perCallMs >= 0) || !(perRecordMs >= 0) || Double.isInfinite(perCallMs) || Double.isInfinite(perRecordMs)) {
                throw new IllegalArgumentException("a cost needs perCallMs and perRecordMs >= 0, got " + perCallMs + ", " + perRecordMs);
            }
        }

        public double millis(int records) {
            return perCallMs + perRecordMs * Math.max(0, records);
        }

        Map<String, Object> toMap() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("perCallMs", perCallMs);
            out.put("perRecordMs", perRecordMs);
            return out;
        }
    }

    /** The key of the default cost in {@link #cost(String, double, double)} and the control API's {@code costs}. */
    public static final String DEFAULT_KEY = "*";

    private final Map<String, Cost> costs = new ConcurrentHashMap<>();
    private volatile Cost defaultCost = Cost.ZERO;
    private volatile boolean on;
    private volatile String profile = "off";
    private volatile double scale = 1.0;
    private volatile int workers = 1;
    private volatile Semaphore semaphore = new Semaphore(1, true);

    CostModel() {
    }

    // ------------------------------------------------------------------ configuration

    /** No cost and no worker limit (a fresh emulator's setting); keeps {@link #workers} and {@link #scale} for later. */
    public synchronized CostModel off() {
        costs.clear();
        defaultCost = Cost.ZERO;
        on = false;
        profile = "off";
        return this;
    }

    /**
     * The costs of an Odoo 19 Community server with {@code workers = 0} on 2 cores (4-line sale orders):
     * {@code sale.order/create} 90 ms + 45 ms/record, {@code sale.order/action_confirm} 140 ms + 105 ms/record (a
     * pair: 230 ms + 150 ms/order), {@code search_read} 39 ms, {@code search_count} 20 ms, {@code read} 15 ms +
     * 1 ms/record, {@code write} 60 ms + 40 ms/record, {@code action_cancel} 100 ms + 50 ms/record, {@code create}
     * of other models 40 ms + 10 ms/record, JSON-RPC {@code common} login/authenticate/version 5 ms, any other
     * method 20 ms. That gives 1.63 orders/s for a script that makes 6 look-ups per order, 2.63 for one call pair per
     * order, 5.78 for pairs of 10 orders and 6.47 for pairs of 50 (measured on Odoo: 1.63, 2.64, 5.50, 6.63). Keeps
     * {@link #workers} and {@link #scale}.
     */
    public synchronized CostModel odoo19() {
        costs.clear();
        costs.put("sale.order/create", new Cost(90, 45));
        costs.put("sale.order/action_confirm", new Cost(140, 105));
        costs.put("search_read", new Cost(39, 0));
        costs.put("search_count", new Cost(20, 0));
        costs.put("read", new Cost(15, 1));
        costs.put("write", new Cost(60, 40));
        costs.put("action_cancel", new Cost(100, 50));
        costs.put("create", new Cost(40, 10));
        costs.put("common/login", new Cost(5, 0));
        costs.put("common/authenticate", new Cost(5, 0));
        costs.put("common/version", new Cost(5, 0));
        defaultCost = new Cost(20, 0);
        on = true;
        profile = "odoo19";
        return this;
    }

    /**
     * Sets one cost and turns the model on (starting from no cost at all if it was off). {@code key}:
     * {@code model/method} (e.g. {@code sale.order/create}), a method name for any model (e.g. {@code search_read}),
     * or {@value #DEFAULT_KEY} for every other call. JSON-RPC {@code common} calls are {@code common/login} etc.
     */
    public synchronized CostModel cost(String key, double perCallMs, double perRecordMs) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a cost needs a key: model/method, method or " + DEFAULT_KEY);
        }
        Cost c = new Cost(perCallMs, perRecordMs);
        if (key.equals(DEFAULT_KEY)) {
            defaultCost = c;
        } else {
            costs.put(key, c);
        }
        on = true;
        if (!profile.endsWith("+custom") && !profile.equals("custom")) {
            profile = profile.equals("off") ? "custom" : profile + "+custom";
        }
        return this;
    }

    /** How many calls are served at once (default 1, as Odoo with {@code workers = 0}); calls beyond wait in turn. */
    public synchronized CostModel workers(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + n);
        }
        if (n != workers) {
            workers = n;
            // calls holding a worker of the former semaphore give it back to that one
            semaphore = new Semaphore(n, true);
        }
        return this;
    }

    /** Multiplies every cost (default 1.0): a test suite can keep the model's shape and spend less time. */
    public synchronized CostModel scale(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale must be a number >= 0, got " + factor);
        }
        scale = factor;
        return this;
    }

    // ------------------------------------------------------------------ queries

    public boolean isOn() {
        return on;
    }

    public int workers() {
        return workers;
    }

    public double scale() {
        return scale;
    }

    /** The cost of one call with this many records (scale applied); zero when the model is off. */
    public Duration costOf(String model, String method, int records) {
        if (!on) {
            return Duration.ZERO;
        }
        Cost c = costs.get(model + "/" + method);
        if (c == null) {
            c = costs.get(method);
        }
        if (c == null) {
            c = defaultCost;
        }
        return Duration.ofNanos(Math.round(c.millis(records) * scale * 1_000_000));
    }

    /**
     * The records a call is charged for: {@code create}, the dicts of {@code valsList} (1 for a single dict); any other
     * method, its ids (none for a method that is not on records).
     */
    public static int recordsOf(String method, List<Integer> ids, Object valsList) {
        if (method.equals("create")) {
            return valsList instanceof List<?> l ? l.size() : valsList instanceof Map ? 1 : 0;
        }
        return ids == null ? 0 : ids.size();
    }

    /** The settings, as {@code GET /emulator/cost-model} shows them. */
    public synchronized Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("on", on);
        out.put("profile", profile);
        out.put("scale", scale);
        out.put("workers", workers);
        Semaphore s = semaphore;
        out.put("busyWorkers", on ? Math.max(0, workers - s.availablePermits()) : 0);
        out.put("queuedCalls", s.getQueueLength());
        Map<String, Object> table = new TreeMap<>();
        costs.forEach((k, v) -> table.put(k, v.toMap()));
        out.put("costs", table);
        out.put("default", defaultCost.toMap());
        return out;
    }

    // ------------------------------------------------------------------ used by the server

    /**
     * Runs a call as Odoo would: waits (in turn) for a worker, runs it, sleeps the rest of its cost, frees the worker.
     * The cost is taken when the call gets its worker; errors thrown by the call are rethrown after its cost.
     */
    <T> T run(String model, String method, int records, Supplier<T> call) {
        if (!on) {
            return call.get();
        }
        Semaphore s = semaphore;
        try {
            s.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an Odoo worker (emulator stopping?)", e);
        }
        try {
            long deadline = System.nanoTime() + costOf(model, method, records).toNanos();
            try {
                return call.get();
            } finally {
                sleepUntil(deadline);
            }
        } finally {
            s.release();
        }
    }

    private static void sleepUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                // the emulator is stopping: answer now
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

package dev.tradehub.odoo.emulator;

import dev.tradehub.odoo.emulator.model.OrderGuard;
import dev.tradehub.odoo.emulator.orm.OdooException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Fault injection, shared by the Java API ({@link OdooEmulator#faults()}) and the HTTP control API
 * ({@code /emulator/faults}, {@code /emulator/downtime}). Faults apply to Odoo calls only (JSON-2,
 * JSON-RPC and the version routes), never to {@code /emulator/...}. All setters return {@code this}.
 */
public final class Faults implements OrderGuard {
    /** How an injected error is answered. */
    public enum ErrorMode {
        /** HTTP 503 with an HTML page, as a proxy in front of a busy or restarting Odoo answers (both protocols). */
        HTTP_503,
        /** An Odoo server error: JSON-2 HTTP 500 JSON error; JSON-RPC HTTP 200 with an {@code error} member. */
        SERVER_ERROR
    }

    /** Closes and reopens the listening socket (set by the emulator). */
    interface Listener {
        void close();

        void reopen();
    }

    private record Rejection(Pattern clientOrderRef, String message, String onlyMethod) {
    }

    private volatile Duration latency = Duration.ZERO;
    private final Map<String, Duration> methodLatency = new ConcurrentHashMap<>();
    private volatile double errorRate;
    private long errorSeed;
    private Random random = new Random(0);
    private volatile ErrorMode errorMode = ErrorMode.HTTP_503;
    private volatile long downUntil;
    private volatile boolean down;
    private volatile boolean refusing;
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    private volatile Listener listener;

    Faults() {
    }

    void listener(Listener l) {
        this.listener = l;
    }

    /** Latency added to every call that has no method-specific latency. */
    public Faults latency(Duration d) {
        this.latency = d == null ? Duration.ZERO : d;
        return this;
    }

    /** Latency added to calls of one method (e.g. {@code create}, {@code action_confirm}); replaces the default one. */
    public Faults latency(String method, Duration d) {
        if (d == null) {
            methodLatency.remove(method);
        } else {
            methodLatency.put(method, d);
        }
        return this;
    }

    /** Latencies close to a real Odoo on a small server: 15 ms per call, create 65 ms, action_confirm 80 ms. */
    public Faults realisticLatency() {
        return latency(Duration.ofMillis(15)).latency("create", Duration.ofMillis(65))
                .latency("action_confirm", Duration.ofMillis(80)).latency("write", Duration.ofMillis(40));
    }

    /** Fails this fraction (0..1) of calls, chosen by a pseudo-random sequence seeded with {@code seed}. */
    public synchronized Faults errorRate(double rate, long seed) {
        this.errorRate = Math.max(0, Math.min(1, rate));
        this.errorSeed = seed;
        this.random = new Random(seed);
        return this;
    }

    public Faults errorMode(ErrorMode mode) {
        this.errorMode = mode == null ? ErrorMode.HTTP_503 : mode;
        return this;
    }

    /** Answers 503 to every call until {@link #up()}. */
    public Faults down() {
        this.down = true;
        return this;
    }

    /** Answers 503 to every call for this long. */
    public Faults downFor(Duration d) {
        this.downUntil = System.nanoTime() + d.toNanos();
        return this;
    }

    /** Ends a downtime (503 or refused connections). */
    public Faults up() {
        this.down = false;
        this.downUntil = 0;
        return acceptConnections();
    }

    /** Closes the listening socket: connections are refused until {@link #acceptConnections()}. */
    public Faults refuseConnections() {
        Listener l = listener;
        if (l != null && !refusing) {
            refusing = true;
            l.close();
        }
        return this;
    }

    /** Reopens the listening socket on the same port. */
    public Faults acceptConnections() {
        Listener l = listener;
        if (l != null && refusing) {
            refusing = false;
            l.reopen();
        }
        return this;
    }

    /** Refuses connections for this long, then reopens the listener on the same port. */
    public Faults refuseConnectionsFor(Duration d) {
        refuseConnections();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            acceptConnections();
        }, "odoo-emulator-reopen");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /**
     * Makes {@code sale.order} {@code create} and {@code action_confirm} raise a ValidationError with
     * {@code message} for orders whose {@code client_order_ref} matches the regular expression (whole match).
     */
    public Faults rejectOrders(String clientOrderRefRegex, String message) {
        rejections.add(new Rejection(Pattern.compile(clientOrderRefRegex), message, null));
        return this;
    }

    /**
     * Makes {@code sale.order} {@code action_confirm} (only) raise a ValidationError with {@code message} for orders
     * whose {@code client_order_ref} matches: the order is created and stays a quotation.
     */
    public Faults rejectConfirmations(String clientOrderRefRegex, String message) {
        rejections.add(new Rejection(Pattern.compile(clientOrderRefRegex), message, "action_confirm"));
        return this;
    }

    /** Removes every fault (latency, errors, downtime, rejections) and reopens the listener if closed. */
    public synchronized Faults clear() {
        latency = Duration.ZERO;
        methodLatency.clear();
        errorRate = 0;
        random = new Random(0);
        errorMode = ErrorMode.HTTP_503;
        rejections.clear();
        return up();
    }

    // ------------------------------------------------------------ used by the server

    Duration latencyFor(String method) {
        Duration d = methodLatency.get(method);
        return d != null ? d : latency;
    }

    boolean isDown() {
        return down || (downUntil != 0 && System.nanoTime() - downUntil < 0);
    }

    synchronized boolean injectError() {
        return errorRate > 0 && random.nextDouble() < errorRate;
    }

    ErrorMode mode() {
        return errorMode;
    }

    @Override
    public void check(String method, String clientOrderRef) {
        if (clientOrderRef == null) {
            return;
        }
        for (Rejection r : rejections) {
            if ((r.onlyMethod() == null || r.onlyMethod().equals(method)) && r.clientOrderRef().matcher(clientOrderRef).matches()) {
                throw OdooException.validationError(r.message());
            }
        }
    }

    /** The current settings, as {@code GET /emulator/faults} shows them. */
    public synchronized Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latencyMs", latency.toMillis());
        Map<String, Object> perMethod = new LinkedHashMap<>();
        methodLatency.forEach((k, v) -> perMethod.put(k, v.toMillis()));
        out.put("methodLatencyMs", perMethod);
        out.put("errorRate", errorRate);
        out.put("errorSeed", errorSeed);
        out.put("errorMode", errorMode.name());
        out.put("down", isDown());
        out.put("refusingConnections", refusing);
        List<Object> rules = new ArrayList<>();
        for (Rejection r : rejections) {
            Map<String, Object> rule = new LinkedHashMap<>(Map.of("clientOrderRef", r.clientOrderRef().pattern(),
                    "message", r.message()));
            if (r.onlyMethod() != null) {
                rule.put("method", r.onlyMethod());
            }
            rules.add(rule);
        }
        out.put("rejectOrders", rules);
        return out;
    }
}

package dev.tradehub.bench.endtoend;

import dev.tradehub.odoo.emulator.OdooEmulator;
import java.util.HashMap;
import java.util.Map;

/** Odoo's real latencies on the emulator, and call counting. */
public final class OdooLatency {

    private OdooLatency() {
    }

    /**
     * A fresh emulator (default demo seed) with Odoo's latencies on a small server: 15 ms per call, {@code create}
     * 65 ms, {@code action_confirm} 80 ms, {@code write} 40 ms ({@code Faults.realisticLatency()}).
     */
    public static OdooEmulator realisticEmulator() {
        OdooEmulator odoo = OdooEmulator.builder().port(0).start();
        odoo.faults().realisticLatency();
        return odoo;
    }

    /** Calls received since {@code before} (a {@code callCounts()} snapshot), by {@code model.method}. */
    public static Map<String, Long> callsSince(OdooEmulator odoo, Map<String, Long> before) {
        Map<String, Long> delta = new HashMap<>();
        odoo.callCounts().forEach((key, count) -> {
            long d = count - before.getOrDefault(key, 0L);
            if (d > 0) {
                delta.put(key, d);
            }
        });
        return delta;
    }
}

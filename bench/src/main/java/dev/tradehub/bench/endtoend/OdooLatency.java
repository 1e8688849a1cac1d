package dev.tradehub.bench.endtoend;

import dev.tradehub.odoo.emulator.CostModel;
import dev.tradehub.odoo.emulator.OdooEmulator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Odoo's costs on the emulator, and call counting. */
public final class OdooLatency {

    private OdooLatency() {
    }

    /**
     * A fresh emulator (default demo seed) that costs what a real Odoo 19 costs on a 2-core server: the calibrated
     * cost model ({@code CostModel.odoo19()}: per call and per record for each method, one worker that serialises
     * the work, as Odoo's does).
     */
    public static OdooEmulator calibratedEmulator() {
        OdooEmulator odoo = OdooEmulator.builder().port(0).start();
        odoo.costModel().odoo19();
        return odoo;
    }

    /** What the Odoo calls of one order placed alone cost on the model: the PO look-up, create, read, confirm. */
    public static Duration loneOrderCost(OdooEmulator odoo) {
        CostModel model = odoo.costModel();
        return model.costOf("sale.order", "search_read", 0).plus(model.costOf("sale.order", "create", 1))
                .plus(model.costOf("sale.order", "read", 1)).plus(model.costOf("sale.order", "action_confirm", 1));
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

package dev.tradehub.odoo.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.tradehub.odoo.emulator.http.Responses;
import dev.tradehub.odoo.emulator.orm.Json;
import dev.tradehub.odoo.emulator.orm.StandardMethods;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP control API under {@code /emulator} (not an Odoo path; faults never apply to it):
 * <ul>
 * <li>{@code GET /emulator/sale-orders}: {@code {"orders": [...], "calls": {"sale.order/create": 3, ...}}}</li>
 * <li>{@code GET /emulator/calls}: the call counters</li>
 * <li>{@code GET /emulator/faults}: the fault settings; {@code POST /emulator/faults} with any of
 * {@code latencyMs}, {@code methodLatencyMs} {@code {"create": 65}}, {@code errorRate}, {@code errorSeed},
 * {@code errorMode} ({@code HTTP_503} | {@code SERVER_ERROR}), {@code rejectOrders}
 * {@code [{"clientOrderRef": regex, "message": text}]}, {@code realistic: true}; {@code DELETE /emulator/faults} clears</li>
 * <li>{@code POST /emulator/downtime} {@code {"millis": 2000, "mode": "503" | "refuse"}} ("refuse" closes the listener 50 ms after answering; no millis: until
 * {@code POST /emulator/up}; "refuse" always needs millis, since the listener itself is closed)</li>
 * <li>{@code GET /emulator/cost-model}: what calls cost ({@link CostModel#describe()}); {@code POST /emulator/cost-model}
 * with any of {@code profile} ({@code "odoo19"} | {@code "off"}, applied first), {@code scale} (a number >= 0),
 * {@code workers} (an integer >= 1), {@code costs} {@code {"sale.order/create": {"perCallMs": 90, "perRecordMs": 45},
 * "search_read": {"perCallMs": 39}, "*": {...}}} (a missing figure is 0); answers the new settings; bad input: 400,
 * nothing changed</li>
 * <li>{@code POST /emulator/reset}: reloads the seed (in the data dir too, if there is one), clears counters and faults</li>
 * <li>{@code POST /emulator/deliveries} {@code {"clientOrderRef": "PO-1"}} (or {@code "order": "S00027"}), optional
 * {@code "quantities": {"<default code or barcode>": 3}} (the products it does not name ship nothing; no quantities:
 * all that is open) and {@code "backorder": false} (no backorder for the rest): validates the order's open delivery
 * as Odoo's user does (move quantities, {@code button_validate} with {@code skip_sms} and {@code skip_backorder});
 * answers {@code {"picking": {"id", "name", "state"}, "backorder": {...} | null}}</li>
 * <li>{@code POST /emulator/invoices} {@code {"clientOrderRef": "PO-1"}}: the invoice wizard (regular invoice of
 * what was delivered), then {@code action_post}; answers {@code {"invoice": {"id", "name", "state", "amount_total"}}}</li>
 * </ul>
 */
final class ControlApi implements HttpHandler {
    private final OdooEmulator emulator;

    ControlApi(OdooEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String verb = ex.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
            String body = Responses.body(ex);
            Object result = route(verb, path, body.isBlank() ? Map.of() : StandardMethods.map(Json.parse(body)));
            if (result == null) {
                Responses.json(ex, 404, Map.of("error", "unknown control endpoint " + verb + " " + path));
            } else {
                Responses.json(ex, 200, result);
            }
        } catch (RuntimeException e) {
            Responses.json(ex, 400, Map.of("error", String.valueOf(e.getMessage())));
        } finally {
            ex.close();
        }
    }

    private Object route(String verb, String path, Map<String, Object> body) {
        Faults faults = emulator.faults();
        switch (verb + " " + path) {
            case "GET /emulator/sale-orders": {
                List<Object> orders = new ArrayList<>();
                for (SaleOrderView v : emulator.saleOrders()) {
                    orders.add(v.toMap());
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("orders", orders);
                out.put("calls", emulator.callCounts());
                return out;
            }
            case "GET /emulator/calls":
                return emulator.callCounts();
            case "GET /emulator/faults":
                return faults.describe();
            case "POST /emulator/faults":
                configure(faults, body);
                return faults.describe();
            case "DELETE /emulator/faults":
            case "POST /emulator/faults/clear":
                faults.clear();
                return faults.describe();
            case "POST /emulator/downtime": {
                Number millis = (Number) body.get("millis");
                boolean refuse = "refuse".equals(body.get("mode"));
                if (refuse) {
                    if (millis == null) {
                        throw new IllegalArgumentException("mode refuse needs millis");
                    }
                    // close the listener only after this response went out
                    Duration d = Duration.ofMillis(millis.longValue());
                    Thread t = new Thread(() -> {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        faults.refuseConnectionsFor(d);
                    }, "odoo-emulator-refuse");
                    t.setDaemon(true);
                    t.start();
                } else if (millis == null) {
                    faults.down();
                } else {
                    faults.downFor(Duration.ofMillis(millis.longValue()));
                }
                return faults.describe();
            }
            case "GET /emulator/cost-model":
                return emulator.costModel().describe();
            case "POST /emulator/cost-model":
                configure(emulator.costModel(), body);
                return emulator.costModel().describe();
            case "POST /emulator/up":
                faults.up();
                return faults.describe();
            case "POST /emulator/deliveries": {
                Object quantities = body.get("quantities");
                return emulator.fulfilment().deliver(body, quantities == null ? null : StandardMethods.map(quantities),
                        !Boolean.FALSE.equals(body.get("backorder")));
            }
            case "POST /emulator/invoices":
                return emulator.fulfilment().invoice(body);
            case "POST /emulator/reset":
                emulator.reset();
                return Map.of("reset", true);
            default:
                return null;
        }
    }

    private static final java.util.Set<String> COST_MODEL_KEYS = java.util.Set.of("profile", "scale", "workers", "costs");
    private static final java.util.Set<String> COST_KEYS = java.util.Set.of("perCallMs", "perRecordMs");

    /** Checks the whole body first, so that bad input changes nothing. */
    private static void configure(CostModel model, Map<String, Object> body) {
        for (String key : body.keySet()) {
            if (!COST_MODEL_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown cost-model setting '" + key + "' (known: profile, scale, workers, costs)");
            }
        }
        Object profile = body.get("profile");
        if (profile != null && !"odoo19".equals(profile) && !"off".equals(profile)) {
            throw new IllegalArgumentException("profile must be \"odoo19\" or \"off\", got " + Json.write(profile));
        }
        Object scale = body.get("scale");
        if (scale != null && !(scale instanceof Number n && n.doubleValue() >= 0 && Double.isFinite(n.doubleValue()))) {
            throw new IllegalArgumentException("scale must be a number >= 0, got " + Json.write(scale));
        }
        Object workers = body.get("workers");
        if (workers != null && !(workers instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 1
                && n.doubleValue() <= 10_000)) {
            throw new IllegalArgumentException("workers must be an integer >= 1, got " + Json.write(workers));
        }
        Map<String, CostModel.Cost> costs = new LinkedHashMap<>();
        Object rawCosts = body.get("costs");
        if (rawCosts != null) {
            if (!(rawCosts instanceof Map<?, ?> table)) {
                throw new IllegalArgumentException("costs must be an object {\"model/method\": {\"perCallMs\": n, \"perRecordMs\": n}}");
            }
            table.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (key.isBlank() || !(v instanceof Map<?, ?> cost)) {
                    throw new IllegalArgumentException("costs." + key + " must be an object {\"perCallMs\": n, \"perRecordMs\": n}");
                }
                double[] figures = new double[2];
                cost.forEach((name, value) -> {
                    if (!COST_KEYS.contains(String.valueOf(name))) {
                        throw new IllegalArgumentException("costs." + key + ": unknown figure '" + name + "' (known: perCallMs, perRecordMs)");
                    }
                    if (!(value instanceof Number n) || !(n.doubleValue() >= 0) || Double.isInfinite(n.doubleValue())) {
                        throw new IllegalArgumentException("costs." + key + "." + name + " must be a number >= 0, got " + Json.write(value));
                    }
                    figures["perCallMs".equals(name) ? 0 : 1] = n.doubleValue();
                });
                costs.put(key, new CostModel.Cost(figures[0], figures[1]));
            });
        }
        if ("odoo19".equals(profile)) {
            model.odoo19();
        } else if ("off".equals(profile)) {
            model.off();
        }
        if (scale instanceof Number n) {
            model.scale(n.doubleValue());
        }
        if (workers instanceof Number n) {
            model.workers(n.intValue());
        }
        costs.forEach((key, c) -> model.cost(key, c.perCallMs(), c.perRecordMs()));
    }

    private static void configure(Faults faults, Map<String, Object> body) {
        if (Boolean.TRUE.equals(body.get("realistic"))) {
            faults.realisticLatency();
        }
        if (body.get("latencyMs") instanceof Number n) {
            faults.latency(Duration.ofMillis(n.longValue()));
        }
        StandardMethods.map(body.get("methodLatencyMs")).forEach((method, ms) ->
                faults.latency(method, ms == null ? null : Duration.ofMillis(((Number) ms).longValue())));
        if (body.get("errorRate") instanceof Number rate) {
            Object seed = body.get("errorSeed");
            faults.errorRate(rate.doubleValue(), seed instanceof Number s ? s.longValue() : 0L);
        }
        if (body.get("errorMode") instanceof String mode) {
            faults.errorMode(Faults.ErrorMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)));
        }
        if (body.get("rejectOrders") instanceof List<?> rules) {
            for (Object r : rules) {
                Map<String, Object> rule = StandardMethods.map(r);
                faults.rejectOrders(String.valueOf(rule.get("clientOrderRef")), String.valueOf(rule.get("message")));
            }
        }
    }
}

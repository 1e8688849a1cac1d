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

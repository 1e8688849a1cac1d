package dev.tradehub.odoo.emulator;

import dev.tradehub.odoo.emulator.orm.Database;
import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Method;
import dev.tradehub.odoo.emulator.orm.Record;
import dev.tradehub.odoo.emulator.orm.StandardMethods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a warehouse clerk and an accountant do in Odoo, for tests and demos: validate an order's open delivery
 * (all of it, or some quantities, the rest to a backorder) and invoice an order (the invoice wizard, then posting).
 * Each step is one call of the model's own public method, in a transaction of its own, exactly as a client of the
 * external API makes it (transcripts, sections 5, 6, 12, 14), so that write dates, backorders and journals behave
 * as they do over the API.
 */
final class Fulfilment {

    private final Database db;
    private final int uid;

    Fulfilment(Database db, int uid) {
        this.db = db;
        this.uid = uid;
    }

    /**
     * Validates the order's open outgoing delivery.
     *
     * @param order      {@code clientOrderRef} or {@code order} (the sale order's name)
     * @param quantities product default code or barcode -> quantity to ship; null: everything still open, given:
     *                   the products it does not name ship nothing
     * @param backorder  whether what is not shipped goes to a backorder (Odoo's "Create Backorder")
     */
    Map<String, Object> deliver(Map<String, Object> order, Map<String, Object> quantities, boolean backorder) {
        int orderId = orderId(order);
        int pickingId = read(env -> {
            for (Integer id : env.search("stock.picking", List.of(List.of("sale_id", "=", orderId)), 0, null, "id")) {
                Object state = env.browse("stock.picking", id).stored("state");
                if (!"done".equals(state) && !"cancel".equals(state)) {
                    return id;
                }
            }
            throw new IllegalArgumentException("sale order " + orderId + " has no open delivery: nothing to ship");
        });
        Map<Integer, Double> shipped = read(env -> {
            Map<Integer, Double> byMove = new LinkedHashMap<>();
            for (Integer moveId : env.children("stock.move", "picking_id", pickingId)) {
                Record move = env.browse("stock.move", moveId);
                if ("cancel".equals(move.stored("state"))) {
                    continue;
                }
                Record product = env.browse("product.product", move.stored("product_id"));
                double demand = ((Number) move.stored("product_uom_qty")).doubleValue();
                byMove.put(moveId, quantities == null ? demand : quantity(quantities, product));
            }
            return byMove;
        });
        shipped.forEach((moveId, quantity) -> call("stock.move", "write", List.of(moveId),
                Map.of("vals", Map.of("quantity", quantity, "picked", quantity > 0)), Map.of()));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("skip_sms", true);
        context.put("skip_backorder", true);
        if (!backorder) {
            context.put("picking_ids_not_to_backorder", List.of(pickingId));
        }
        Object validated = call("stock.picking", "button_validate", List.of(pickingId), Map.of(), context);
        if (!Boolean.TRUE.equals(validated)) {
            throw new IllegalStateException("Odoo did not validate delivery " + pickingId + ": " + validated);
        }
        return read(env -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("picking", picking(env, pickingId));
            List<Integer> backorders = env.search("stock.picking", List.of(List.of("backorder_id", "=", pickingId)), 0,
                    null, "id");
            out.put("backorder", backorders.isEmpty() ? null : picking(env, backorders.get(0)));
            return out;
        });
    }

    /** Invoices what the order delivered (Odoo's "Regular invoice") and posts the invoice. */
    Map<String, Object> invoice(Map<String, Object> order) {
        int orderId = orderId(order);
        Map<String, Object> context = Map.of("active_model", "sale.order", "active_ids", List.of(orderId),
                "active_id", orderId);
        Object created = call("sale.advance.payment.inv", "create",
                null, Map.of("vals_list", List.of(Map.of("advance_payment_method", "delivered"))), context);
        int wizard = ((Number) ((List<?>) created).get(0)).intValue();
        call("sale.advance.payment.inv", "create_invoices", List.of(wizard), Map.of(), context);
        String orderName = read(env -> (String) env.browse("sale.order", orderId).stored("name"));
        int invoiceId = read(env -> {
            List<Integer> drafts = env.search("account.move", List.of(List.of("invoice_origin", "=", orderName),
                    List.of("state", "=", "draft")), 0, null, "id desc");
            if (drafts.isEmpty()) {
                throw new IllegalArgumentException("Odoo made no invoice for " + orderName + ": nothing to invoice");
            }
            return drafts.get(0);
        });
        call("account.move", "action_post", List.of(invoiceId), Map.of(), Map.of());
        return read(env -> {
            Record move = env.browse("account.move", invoiceId);
            Map<String, Object> invoice = new LinkedHashMap<>();
            invoice.put("id", invoiceId);
            invoice.put("name", move.stored("name"));
            invoice.put("state", move.stored("state"));
            invoice.put("amount_total", env.get(move, "amount_total"));
            return Map.of("invoice", invoice);
        });
    }

    private int orderId(Map<String, Object> order) {
        Object ref = order.get("clientOrderRef");
        Object name = order.get("order");
        if (ref == null && name == null) {
            throw new IllegalArgumentException("name the order: {\"clientOrderRef\": ...} or {\"order\": \"S00027\"}");
        }
        List<Object> domain = List.of(ref != null ? List.of("client_order_ref", "=", ref) : List.of("name", "=", name));
        return read(env -> {
            List<Integer> found = env.search("sale.order", domain, 0, null, "id desc");
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no sale order " + (ref != null ? "for " + ref : name));
            }
            return found.get(0);
        });
    }

    private static double quantity(Map<String, Object> quantities, Record product) {
        for (String key : new String[] {"default_code", "barcode"}) {
            Object code = product == null ? null : product.stored(key);
            if (code != null && quantities.get(code.toString()) instanceof Number n) {
                return n.doubleValue();
            }
        }
        return 0.0;
    }

    private static Map<String, Object> picking(Env env, int id) {
        Record picking = env.browse("stock.picking", id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("name", picking.stored("name"));
        out.put("state", picking.stored("state"));
        return out;
    }

    private <T> T read(java.util.function.Function<Env, T> work) {
        return Env.run(db, uid, Map.of(), true, work);
    }

    /** One call of a model's public method, as the external API makes it. */
    private Object call(String model, String method, List<Integer> ids, Map<String, Object> kwargs,
            Map<String, Object> context) {
        Method m = db.model(model).method(method);
        List<Integer> onIds = ids == null ? List.of() : new ArrayList<>(ids);
        return Env.run(db, uid, context, m.readOnly(), env -> m.impl().call(env, onIds,
                m.bind(List.of(), StandardMethods.map(kwargs), false)));
    }
}

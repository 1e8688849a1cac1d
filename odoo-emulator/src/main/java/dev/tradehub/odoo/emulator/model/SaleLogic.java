package dev.tradehub.odoo.emulator.model;

import static dev.tradehub.odoo.emulator.orm.Field.many2many;
import static dev.tradehub.odoo.emulator.orm.Field.many2one;
import static dev.tradehub.odoo.emulator.orm.Field.of;
import static dev.tradehub.odoo.emulator.orm.Field.one2many;
import static dev.tradehub.odoo.emulator.orm.FieldType.BOOLEAN;
import static dev.tradehub.odoo.emulator.orm.FieldType.CHAR;
import static dev.tradehub.odoo.emulator.orm.FieldType.DATE;
import static dev.tradehub.odoo.emulator.orm.FieldType.DATETIME;
import static dev.tradehub.odoo.emulator.orm.FieldType.FLOAT;
import static dev.tradehub.odoo.emulator.orm.FieldType.INTEGER;
import static dev.tradehub.odoo.emulator.orm.FieldType.MONETARY;
import static dev.tradehub.odoo.emulator.orm.FieldType.SELECTION;
import static dev.tradehub.odoo.emulator.orm.FieldType.TEXT;

import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Method;
import dev.tradehub.odoo.emulator.orm.Model;
import dev.tradehub.odoo.emulator.orm.OdooException;
import dev.tradehub.odoo.emulator.orm.Record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sale orders, their lines, and the delivery (stock.picking / stock.move) that confirmation creates. */
final class SaleLogic {
    /** Ids of the stock records deliveries use (present in every seed, see {@code Seeds.ensureBase}). */
    static final int PICKING_TYPE_OUT = 2;
    static final int LOCATION_STOCK = 5;
    static final int LOCATION_CUSTOMERS = 2;

    private SaleLogic() {
    }

    static Model order(OrderGuard guard) {
        Model m = new Model("sale.order", "Sales Order").order("date_order desc, id desc")
                .add(of("name", CHAR, "Order Reference"))
                .add(of("state", SELECTION, "Status").defaultTo("draft"))
                .add(many2one("partner_id", "Customer", "res.partner").required())
                .add(many2one("partner_invoice_id", "Invoice Address", "res.partner"))
                .add(many2one("partner_shipping_id", "Delivery Address", "res.partner"))
                .add(of("client_order_ref", CHAR, "Customer Reference"))
                .add(of("origin", CHAR, "Source Document"))
                .add(of("note", TEXT, "Terms and conditions"))
                .add(of("commitment_date", DATETIME, "Delivery Date"))
                .add(of("date_order", DATETIME, "Order Date").defaultFrom(Env::now))
                .add(of("validity_date", DATE, "Expiration"))
                .add(one2many("order_line", "Order Lines", "sale.order.line", "order_id"))
                .add(of("amount_untaxed", MONETARY, "Untaxed Amount").computed((env, rec) -> sum(env, rec, "price_subtotal")))
                .add(of("amount_tax", MONETARY, "Taxes").computed((env, rec) -> sum(env, rec, "price_tax")))
                .add(of("amount_total", MONETARY, "Total").computed((env, rec) -> sum(env, rec, "price_total")))
                .add(many2one("currency_id", "Currency", "res.currency").computed((env, rec) -> currency(env)))
                .add(of("invoice_status", SELECTION, "Invoice Status").computed((env, rec) -> "no"))
                .add(many2many("invoice_ids", "Invoices", "account.move").computed((env, rec) -> List.of()))
                .add(of("invoice_count", INTEGER, "Invoice Count").computed((env, rec) -> 0))
                .add(one2many("picking_ids", "Transfers", "stock.picking", "sale_id"))
                .add(of("delivery_count", INTEGER, "Delivery Orders")
                        .computed((env, rec) -> env.children("stock.picking", "sale_id", rec.id()).size()))
                .add(many2one("user_id", "Salesperson", "res.users").defaultFrom(Env::uid))
                .add(many2one("company_id", "Company", "res.company").defaultFrom(env -> env.exists("res.company", 1) ? 1 : null))
                .add(many2one("warehouse_id", "Warehouse", "stock.warehouse")
                        .defaultFrom(env -> env.exists("stock.warehouse", 1) ? 1 : null))
                .beforeCreate((env, row) -> {
                    guard.check("create", (String) row.get("client_order_ref"));
                    if (row.get("name") == null || "New".equals(row.get("name"))) {
                        row.put("name", env.nextSequence("sale.order"));
                    }
                    Record partner = env.browse("res.partner", row.get("partner_id"));
                    if (partner != null) {
                        row.putIfAbsent("partner_invoice_id", partner.id());
                        row.putIfAbsent("partner_shipping_id", deliveryAddress(env, partner));
                    }
                });
        m.method(new Method("action_confirm", true, false, List.of(), "SaleOrder.action_confirm", false, (env, ids, kw) -> {
            env.checkExist("sale.order", ids);
            for (Integer id : ids) {
                Object state = env.browse("sale.order", id).stored("state");
                if (!"draft".equals(state) && !"sent".equals(state)) {
                    throw OdooException.userError("Some orders are not in a state requiring confirmation.");
                }
            }
            for (Integer id : ids) {
                Record order = env.browse("sale.order", id);
                guard.check("action_confirm", (String) order.stored("client_order_ref"));
                env.set(order, "state", "sale");
                env.set(order, "date_order", env.now());
                env.set(order, "write_date", env.now());
                createDelivery(env, order);
            }
            return Boolean.TRUE;
        }));
        m.method(new Method("action_cancel", true, false, List.of(), "SaleOrder.action_cancel", false, (env, ids, kw) -> {
            env.checkExist("sale.order", ids);
            for (Integer id : ids) {
                Record order = env.browse("sale.order", id);
                env.set(order, "state", "cancel");
                env.set(order, "write_date", env.now());
                for (Integer pickingId : env.children("stock.picking", "sale_id", id)) {
                    Record picking = env.browse("stock.picking", pickingId);
                    if (!"done".equals(picking.stored("state"))) {
                        env.set(picking, "state", "cancel");
                        for (Integer moveId : env.children("stock.move", "picking_id", pickingId)) {
                            env.set(env.browse("stock.move", moveId), "state", "cancel");
                        }
                    }
                }
            }
            return Boolean.TRUE;
        }));
        m.method(new Method("action_draft", true, false, List.of(), "SaleOrder.action_draft", false, (env, ids, kw) -> {
            env.checkExist("sale.order", ids);
            for (Integer id : ids) {
                Record order = env.browse("sale.order", id);
                if ("cancel".equals(order.stored("state")) || "sent".equals(order.stored("state"))) {
                    env.set(order, "state", "draft");
                }
            }
            return Boolean.TRUE;
        }));
        return m;
    }

    private static Integer currency(Env env) {
        return env.exists("res.currency", 1) ? 1 : null;
    }

    private static int deliveryAddress(Env env, Record partner) {
        for (Integer child : env.children("res.partner", "parent_id", partner.id())) {
            if ("delivery".equals(env.browse("res.partner", child).stored("type"))) {
                return child;
            }
        }
        return partner.id();
    }

    private static double sum(Env env, Record order, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (Integer lineId : env.children("sale.order.line", "order_id", order.id())) {
            total = total.add(BigDecimal.valueOf(((Number) env.get(env.browse("sale.order.line", lineId), field)).doubleValue()));
        }
        return round(total);
    }

    static double round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double subtotal(Record line) {
        double qty = number(line.stored("product_uom_qty"));
        double price = number(line.stored("price_unit"));
        double discount = number(line.stored("discount"));
        BigDecimal value = BigDecimal.valueOf(qty).multiply(BigDecimal.valueOf(price));
        if (discount != 0) {
            value = value.multiply(BigDecimal.valueOf(100 - discount)).divide(BigDecimal.valueOf(100));
        }
        return round(value);
    }

    private static double number(Object raw) {
        return raw == null ? 0.0 : ((Number) raw).doubleValue();
    }

    static Model line() {
        return new Model("sale.order.line", "Sales Order Line").order("order_id, sequence, id")
                .add(many2one("order_id", "Order Reference", "sale.order").required())
                .add(of("sequence", INTEGER, "Sequence").defaultTo(10))
                .add(of("display_type", SELECTION, "Display Type"))
                .add(many2one("product_id", "Product", "product.product"))
                .add(of("name", TEXT, "Description"))
                .add(of("product_uom_qty", FLOAT, "Quantity").defaultTo(1.0))
                .add(many2one("product_uom_id", "Unit", "uom.uom"))
                .add(of("price_unit", FLOAT, "Unit Price"))
                .add(of("discount", FLOAT, "Discount (%)").defaultTo(0.0))
                .add(many2many("tax_ids", "Taxes", "account.tax"))
                .add(of("price_subtotal", MONETARY, "Subtotal").computed((env, rec) -> subtotal(rec)))
                .add(of("price_tax", FLOAT, "Total Tax").computed((env, rec) -> 0.0))
                .add(of("price_total", MONETARY, "Total").computed((env, rec) -> subtotal(rec)))
                .add(of("qty_delivered", FLOAT, "Delivery Quantity").defaultTo(0.0))
                .add(of("qty_invoiced", FLOAT, "Invoiced Quantity").defaultTo(0.0))
                .add(of("qty_to_invoice", FLOAT, "Quantity To Invoice").defaultTo(0.0))
                .add(of("customer_lead", FLOAT, "Lead Time").defaultTo(0.0))
                .add(many2one("currency_id", "Currency", "res.currency").computed((env, rec) -> currency(env)))
                .add(many2one("order_partner_id", "Customer", "res.partner")
                        .computed((env, rec) -> orderOf(env, rec).stored("partner_id")))
                .add(of("state", SELECTION, "Order Status").computed((env, rec) -> orderOf(env, rec).stored("state")))
                .add(one2many("move_ids", "Stock Moves", "stock.move", "sale_line_id"))
                .displayName((env, rec) -> {
                    Record order = orderOf(env, rec);
                    Record product = env.browse("product.product", rec.stored("product_id"));
                    String what = product != null ? env.displayName(product) : String.valueOf(rec.stored("name"));
                    Record partner = env.browse("res.partner", order.stored("partner_id"));
                    Object ref = partner == null ? null : partner.stored("ref");
                    return order.stored("name") + " - " + what + (ref == null ? "" : " (" + ref + ")");
                })
                .beforeCreate((env, row) -> {
                    Record product = env.browse("product.product", row.get("product_id"));
                    if (product == null && row.get("display_type") == null) {
                        throw OdooException.validationError("Missing required fields on accountable sale order line.");
                    }
                    if (product != null) {
                        if (row.get("name") == null) {
                            Object description = product.stored("description_sale");
                            row.put("name", env.displayName(product) + (description == null ? "" : "\n" + description));
                        }
                        row.putIfAbsent("product_uom_id", product.stored("uom_id"));
                        row.putIfAbsent("price_unit", number(product.stored("list_price")));
                    }
                });
    }

    private static Record orderOf(Env env, Record line) {
        Record order = env.browse("sale.order", line.stored("order_id"));
        if (order == null) {
            throw OdooException.missingError("sale.order", List.of(-1), env.uid());
        }
        return order;
    }

    /** Confirmation creates one outgoing picking (state "assigned", stock reserved) with a move per product line. */
    private static void createDelivery(Env env, Record order) {
        List<Integer> lines = env.children("sale.order.line", "order_id", order.id());
        if (lines.isEmpty()) {
            return;
        }
        Object commitment = order.stored("commitment_date");
        Map<String, Object> picking = new HashMap<>();
        picking.put("name", env.nextSequence("stock.picking.out"));
        picking.put("origin", order.stored("name"));
        picking.put("partner_id", order.stored("partner_shipping_id"));
        picking.put("sale_id", order.id());
        picking.put("scheduled_date", commitment == null ? env.now() : commitment);
        picking.put("date_deadline", commitment);
        picking.put("picking_type_id", PICKING_TYPE_OUT);
        picking.put("location_id", LOCATION_STOCK);
        picking.put("location_dest_id", LOCATION_CUSTOMERS);
        picking.put("state", "assigned");
        int pickingId = env.create("stock.picking", List.of(picking)).get(0);
        for (Integer lineId : lines) {
            Record line = env.browse("sale.order.line", lineId);
            Record product = env.browse("product.product", line.stored("product_id"));
            if (product == null) {
                continue;
            }
            Record lineUom = env.browse("uom.uom", line.stored("product_uom_id"));
            Record productUom = env.browse("uom.uom", product.stored("uom_id"));
            double qty = number(line.stored("product_uom_qty"));
            if (lineUom != null && productUom != null && lineUom.id() != productUom.id()) {
                qty = qty * Registry.factor(env, lineUom) / Registry.factor(env, productUom);
            }
            Map<String, Object> move = new HashMap<>();
            move.put("name", env.displayName(product));
            move.put("picking_id", pickingId);
            move.put("product_id", product.id());
            move.put("product_uom_qty", qty);
            move.put("quantity", qty);
            move.put("picked", false);
            move.put("product_uom", product.stored("uom_id"));
            move.put("state", "assigned");
            move.put("sale_line_id", lineId);
            move.put("origin", order.stored("name"));
            move.put("partner_id", order.stored("partner_shipping_id"));
            move.put("location_id", LOCATION_STOCK);
            move.put("location_dest_id", LOCATION_CUSTOMERS);
            move.put("date", env.now());
            int moveId = env.create("stock.move", List.of(move)).get(0);
            Map<String, Object> moveLine = new HashMap<>();
            moveLine.put("move_id", moveId);
            moveLine.put("picking_id", pickingId);
            moveLine.put("product_id", product.id());
            moveLine.put("quantity", qty);
            moveLine.put("product_uom_id", product.stored("uom_id"));
            moveLine.put("location_id", LOCATION_STOCK);
            moveLine.put("location_dest_id", LOCATION_CUSTOMERS);
            env.create("stock.move.line", List.of(moveLine));
        }
    }

    static Model picking() {
        return new Model("stock.picking", "Transfer").order("priority desc, scheduled_date asc, id desc")
                .add(of("name", CHAR, "Reference"))
                .add(of("origin", CHAR, "Source Document"))
                .add(of("state", SELECTION, "Status").defaultTo("draft"))
                .add(of("priority", SELECTION, "Priority").defaultTo("0"))
                .add(many2one("partner_id", "Contact", "res.partner"))
                .add(many2one("sale_id", "Sales Order", "sale.order"))
                .add(one2many("move_ids", "Stock Moves", "stock.move", "picking_id"))
                .add(of("scheduled_date", DATETIME, "Scheduled Date").defaultFrom(Env::now))
                .add(of("date_deadline", DATETIME, "Deadline"))
                .add(of("date_done", DATETIME, "Date of Transfer"))
                .add(many2one("picking_type_id", "Operation Type", "stock.picking.type").required())
                .add(of("picking_type_code", SELECTION, "Type of Operation").computed((env, rec) -> "outgoing"))
                .add(many2one("location_id", "Source Location", "stock.location"))
                .add(many2one("location_dest_id", "Destination Location", "stock.location"))
                .add(many2one("backorder_id", "Back Order of", "stock.picking"))
                .add(one2many("backorder_ids", "Back Orders", "stock.picking", "backorder_id"))
                .add(of("move_type", SELECTION, "Shipping Policy").defaultTo("direct"))
                .add(of("note", TEXT, "Notes"))
                .add(many2one("company_id", "Company", "res.company").defaultFrom(env -> env.exists("res.company", 1) ? 1 : null));
    }

    static Model move() {
        return new Model("stock.move", "Stock Move").order("sequence, id")
                .add(of("name", CHAR, "Description"))
                .add(of("sequence", INTEGER, "Sequence").defaultTo(10))
                .add(many2one("picking_id", "Transfer", "stock.picking"))
                .add(of("reference", CHAR, "Reference").computed((env, rec) -> {
                    Record picking = env.browse("stock.picking", rec.stored("picking_id"));
                    return picking == null ? rec.stored("name") : picking.stored("name");
                }))
                .add(many2one("product_id", "Product", "product.product").required())
                .add(of("product_uom_qty", FLOAT, "Demand").defaultTo(0.0))
                .add(of("quantity", FLOAT, "Quantity").defaultTo(0.0))
                .add(of("product_qty", FLOAT, "Real Quantity").computed((env, rec) -> number(rec.stored("product_uom_qty"))))
                .add(of("picked", BOOLEAN, "Picked").defaultTo(false))
                .add(many2one("product_uom", "Unit", "uom.uom"))
                .add(of("state", SELECTION, "Status").defaultTo("draft"))
                .add(many2one("sale_line_id", "Sale Line", "sale.order.line"))
                .add(one2many("move_line_ids", "Operations", "stock.move.line", "move_id"))
                .add(many2one("location_id", "Source Location", "stock.location"))
                .add(many2one("location_dest_id", "Destination Location", "stock.location"))
                .add(many2one("partner_id", "Destination Address", "res.partner"))
                .add(of("origin", CHAR, "Source Document"))
                .add(of("date", DATETIME, "Date Scheduled").defaultFrom(Env::now))
                .displayName((env, rec) -> {
                    Record picking = env.browse("stock.picking", rec.stored("picking_id"));
                    Record product = env.browse("product.product", rec.stored("product_id"));
                    String what = product == null ? "" : env.displayName(product);
                    return picking == null ? what : picking.stored("name") + ": " + what;
                });
    }

    static Model moveLine() {
        return new Model("stock.move.line", "Product Moves (Stock Move Line)").order("id")
                .add(many2one("move_id", "Stock Operation", "stock.move"))
                .add(many2one("picking_id", "Transfer", "stock.picking"))
                .add(many2one("product_id", "Product", "product.product"))
                .add(of("quantity", FLOAT, "Quantity").defaultTo(0.0))
                .add(many2one("product_uom_id", "Unit", "uom.uom"))
                .add(many2one("location_id", "From", "stock.location"))
                .add(many2one("location_dest_id", "To", "stock.location"))
                .displayName((env, rec) -> {
                    Record product = env.browse("product.product", rec.stored("product_id"));
                    return product == null ? "stock.move.line," + rec.id() : env.displayName(product);
                });
    }
}

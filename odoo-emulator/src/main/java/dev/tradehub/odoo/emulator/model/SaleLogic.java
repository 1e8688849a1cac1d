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
import java.util.List;
import java.util.Map;

/**
 * Sale orders and their lines: names, addresses, amounts, confirmation and cancellation, and which changes a
 * confirmed or cancelled order accepts (its delivery follows through {@link StockLogic}).
 */
final class SaleLogic {
    private SaleLogic() {
    }

    static Model order(OrderGuard guard) {
        Model m = new Model("sale.order", "Sales Order").order("date_order desc, id desc")
                .add(of("name", CHAR, "Order Reference"))
                .add(of("state", SELECTION, "Status").defaultTo("draft")
                        .selection("draft", "Quotation", "sent", "Quotation Sent", "sale", "Sales Order", "cancel", "Cancelled"))
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
                .add(many2one("payment_term_id", "Payment Terms", "account.payment.term"))
                .add(of("invoice_status", SELECTION, "Invoice Status").computed(InvoiceLogic::invoiceStatus))
                .add(many2many("invoice_ids", "Invoices", "account.move").computed(InvoiceLogic::invoicesOf))
                .add(of("invoice_count", INTEGER, "Invoice Count").computed((env, rec) -> InvoiceLogic.invoicesOf(env, rec).size()))
                .add(one2many("picking_ids", "Transfers", "stock.picking", "sale_id"))
                .add(of("delivery_count", INTEGER, "Delivery Orders")
                        .computed((env, rec) -> env.children("stock.picking", "sale_id", rec.id()).size()))
                .add(many2one("user_id", "Salesperson", "res.users").defaultFrom(Env::uid))
                .add(many2one("company_id", "Company", "res.company").defaultFrom(env -> env.exists("res.company", 1) ? 1 : null))
                .add(many2one("warehouse_id", "Warehouse", "stock.warehouse")
                        .defaultFrom(env -> env.exists("stock.warehouse", 1) ? 1 : null))
                .afterWrite((env, order, vals) -> {
                    if (vals.containsKey("commitment_date") && "sale".equals(order.stored("state"))) {
                        StockLogic.followCommitmentDate(env, order);
                    }
                })
                .beforeCreate((env, row) -> {
                    guard.check("create", (String) row.get("client_order_ref"));
                    if (row.get("name") == null || "New".equals(row.get("name"))) {
                        row.put("name", env.nextSequence("sale.order"));
                    }
                    Record partner = env.browse("res.partner", row.get("partner_id"));
                    if (partner != null) {
                        row.putIfAbsent("partner_invoice_id", partner.id());
                        row.putIfAbsent("partner_shipping_id", deliveryAddress(env, partner));
                        row.putIfAbsent("payment_term_id", commercialPartner(env, partner).stored("property_payment_term_id"));
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
                env.touch(order);
                StockLogic.createDelivery(env, order);
            }
            return Boolean.TRUE;
        }));
        m.method(new Method("action_cancel", true, false, List.of(), "SaleOrder.action_cancel", false, (env, ids, kw) -> {
            env.checkExist("sale.order", ids);
            for (Integer id : ids) {
                Record order = env.browse("sale.order", id);
                env.set(order, "state", "cancel");
                env.touch(order);
                StockLogic.cancelDeliveries(env, order);
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

    static double number(Object raw) {
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
                .add(of("price_tax", FLOAT, "Total Tax").computed((env, rec) -> InvoiceLogic.taxOn(env, rec, subtotal(rec))))
                .add(of("price_total", MONETARY, "Total").computed((env, rec) -> round(BigDecimal.valueOf(subtotal(rec))
                        .add(BigDecimal.valueOf(InvoiceLogic.taxOn(env, rec, subtotal(rec)))))))
                .add(of("qty_delivered", FLOAT, "Delivery Quantity").computed(StockLogic::delivered))
                .add(of("qty_invoiced", FLOAT, "Invoiced Quantity").computed(InvoiceLogic::invoiced))
                .add(of("qty_to_invoice", FLOAT, "Quantity To Invoice")
                        .computed((env, rec) -> InvoiceLogic.toInvoice(env, rec, orderOf(env, rec))))
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
                    // "(ref)", or "(name)" for a customer without a reference (sale's _additional_name_per_id)
                    Object ref = partner == null ? null : partner.stored("ref") != null ? partner.stored("ref") : partner.stored("name");
                    return order.stored("name") + " - " + what + (ref == null ? "" : " (" + ref + ")");
                })
                .beforeWrite((env, line, vals) -> {
                    if (vals.get("product_uom_qty") instanceof Number qty && isConfirmed(env, line)
                            && qty.doubleValue() < StockLogic.delivered(env, line)) {
                        throw OdooException.userError("The ordered quantity of a sale order line cannot be decreased below the"
                                + " amount already delivered. Instead, create a return in your inventory.");
                    }
                })
                .afterWrite((env, line, vals) -> {
                    if (vals.containsKey("product_uom_qty") && isConfirmed(env, line)) {
                        StockLogic.followLineQuantity(env, line);
                    }
                })
                .afterCreate((env, line) -> {
                    defaultTaxes(env, line);
                    if (isConfirmed(env, line)) {
                        StockLogic.addLineToDelivery(env, line);
                    }
                })
                .beforeUnlink((env, line) -> {
                    if (isConfirmed(env, line)) {
                        throw OdooException.userError("Once a sales order is confirmed, you can't remove one of its lines (we need"
                                + " to track if something gets invoiced or delivered).\n                Set the quantity to 0 instead.");
                    }
                    StockLogic.forgetLine(env, line);
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

    /**
     * A line without taxes gets its product's sales taxes, only those of the order's company (product taxes [1, 17]
     * gave the line [1]: tax 17 belongs to another company).
     */
    @SuppressWarnings("unchecked")
    private static void defaultTaxes(Env env, Record line) {
        Record product = env.browse("product.product", line.stored("product_id"));
        Object own = line.stored("tax_ids");
        if (product == null || (own instanceof List<?> l && !l.isEmpty()) || product.stored("taxes_id") == null) {
            return;
        }
        Object company = orderOf(env, line).stored("company_id");
        List<Integer> taxes = new java.util.ArrayList<>();
        for (Integer taxId : (List<Integer>) product.stored("taxes_id")) {
            Record tax = env.browse("account.tax", taxId);
            if (tax != null && (tax.stored("company_id") == null || tax.stored("company_id").equals(company))) {
                taxes.add(taxId);
            }
        }
        env.set(line, "tax_ids", List.copyOf(taxes));
    }

    private static Record commercialPartner(Env env, Record partner) {
        Record current = partner;
        for (int depth = 0; depth < 20 && !Boolean.TRUE.equals(current.stored("is_company")); depth++) {
            Record parent = env.browse("res.partner", current.stored("parent_id"));
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current;
    }

    private static boolean isConfirmed(Env env, Record line) {
        return "sale".equals(orderOf(env, line).stored("state"));
    }

    private static Record orderOf(Env env, Record line) {
        Record order = env.browse("sale.order", line.stored("order_id"));
        if (order == null) {
            throw OdooException.missingError("sale.order", List.of(-1), env.uid());
        }
        return order;
    }
}

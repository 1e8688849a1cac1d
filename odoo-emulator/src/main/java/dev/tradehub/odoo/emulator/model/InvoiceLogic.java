package dev.tradehub.odoo.emulator.model;

import static dev.tradehub.odoo.emulator.orm.Field.many2many;
import static dev.tradehub.odoo.emulator.orm.Field.many2one;
import static dev.tradehub.odoo.emulator.orm.Field.of;
import static dev.tradehub.odoo.emulator.orm.Field.one2many;
import static dev.tradehub.odoo.emulator.orm.FieldType.CHAR;
import static dev.tradehub.odoo.emulator.orm.FieldType.DATE;
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
import dev.tradehub.odoo.emulator.orm.StandardMethods;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customer invoices from sale orders: the {@code sale.advance.payment.inv} wizard (regular invoice of what is
 * invoiceable), {@code account.move} / {@code account.move.line} with product, tax and payment-term lines,
 * {@code action_post} numbering, payment terms, and what the order and its lines show of it.
 */
final class InvoiceLogic {
    /** Sequence codes of customer invoices and credit notes: numbers as {@code INV/2026/00010}. */
    static final String INVOICE_SEQUENCE = "account.move.out_invoice";
    static final String REFUND_SEQUENCE = "account.move.out_refund";

    private InvoiceLogic() {
    }

    // ------------------------------------------------------------------ models

    static Model paymentTerm() {
        return new Model("account.payment.term", "Payment Terms").order("sequence, id")
                .add(of("name", CHAR, "Payment Terms").required())
                .add(of("sequence", INTEGER, "Sequence").defaultTo(10))
                .add(one2many("line_ids", "Terms", "account.payment.term.line", "payment_id"))
                .add(of("active", dev.tradehub.odoo.emulator.orm.FieldType.BOOLEAN, "Active").defaultTo(true));
    }

    static Model paymentTermLine() {
        return new Model("account.payment.term.line", "Payment Terms Line").order("id")
                .add(many2one("payment_id", "Payment Terms", "account.payment.term").required())
                .add(of("value", SELECTION, "Type").defaultTo("percent"))
                .add(of("value_amount", FLOAT, "Due").defaultTo(100.0))
                .add(of("nb_days", INTEGER, "Days").defaultTo(0));
    }

    static Model wizard() {
        Model m = new Model("sale.advance.payment.inv", "Sales Advance Payment Invoice")
                .add(of("advance_payment_method", SELECTION, "Create Invoice").defaultTo("delivered"))
                .add(many2many("sale_order_ids", "Sales Orders", "sale.order"))
                .add(of("count", INTEGER, "Order Count").computed((env, rec) -> orders(rec).size()))
                // the orders default to the context's active_ids, as when the wizard is opened from the orders
                .afterCreate((env, wizard) -> {
                    if (orders(wizard).isEmpty() && "sale.order".equals(env.context().get("active_model"))) {
                        List<Integer> active = new ArrayList<>();
                        for (Object o : StandardMethods.list(env.context().get("active_ids"))) {
                            active.add(((Number) o).intValue());
                        }
                        env.checkExist("sale.order", active);
                        env.set(wizard, "sale_order_ids", List.copyOf(active));
                    }
                });
        m.method(new Method("create_invoices", true, false, List.of(), "SaleAdvancePaymentInv.create_invoices", false,
                (env, ids, kw) -> createInvoices(env, ids)));
        return m;
    }

    static Model move() {
        Model m = new Model("account.move", "Journal Entry").order("date desc, name desc, id desc")
                .add(of("name", CHAR, "Number"))
                .add(of("move_type", SELECTION, "Type").defaultTo("entry").selection("entry", "Journal Entry",
                        "out_invoice", "Customer Invoice", "out_refund", "Customer Credit Note", "in_invoice", "Vendor Bill",
                        "in_refund", "Vendor Credit Note", "out_receipt", "Sales Receipt", "in_receipt", "Purchase Receipt"))
                .add(of("state", SELECTION, "Status").defaultTo("draft").selection("draft", "Draft", "posted", "Posted",
                        "cancel", "Cancelled"))
                .add(of("date", DATE, "Date"))
                .add(many2one("partner_id", "Partner", "res.partner"))
                .add(many2one("partner_shipping_id", "Delivery Address", "res.partner"))
                .add(of("invoice_origin", CHAR, "Origin"))
                .add(of("ref", CHAR, "Reference"))
                .add(of("payment_reference", CHAR, "Payment Reference"))
                .add(of("invoice_date", DATE, "Invoice/Bill Date"))
                .add(of("invoice_date_due", DATE, "Due Date").computed(InvoiceLogic::dueDate))
                .add(many2one("invoice_payment_term_id", "Payment Terms", "account.payment.term"))
                .add(many2one("currency_id", "Currency", "res.currency"))
                .add(many2one("company_id", "Company", "res.company").defaultFrom(env -> env.exists("res.company", 1) ? 1 : null))
                .add(one2many("line_ids", "Journal Items", "account.move.line", "move_id"))
                .add(one2many("invoice_line_ids", "Invoice lines", "account.move.line", "move_id")
                        .computed((env, rec) -> productLines(env, rec)))
                .add(of("amount_untaxed", MONETARY, "Untaxed Amount").computed((env, rec) -> total(env, rec, "price_subtotal")))
                .add(of("amount_tax", MONETARY, "Tax").computed((env, rec) -> SaleLogic.round(
                        BigDecimal.valueOf(total(env, rec, "price_total")).subtract(BigDecimal.valueOf(total(env, rec, "price_subtotal"))))))
                .add(of("amount_total", MONETARY, "Total").computed((env, rec) -> total(env, rec, "price_total")))
                .add(of("amount_residual", MONETARY, "Amount Due").computed((env, rec) -> total(env, rec, "price_total")))
                .add(of("payment_state", SELECTION, "Payment Status").defaultTo("not_paid"))
                .add(of("narration", TEXT, "Terms and Conditions"))
                // drafts have no number: false on the wire, not "/"
                .displayName((env, rec) -> rec.stored("name") == null ? "Draft Invoice (* " + rec.id() + ")"
                        : String.valueOf(rec.stored("name")));
        m.method(new Method("action_post", true, false, List.of(), "AccountMove.action_post", false, (env, ids, kw) -> {
            env.checkExist("account.move", ids);
            for (Integer id : ids) {
                post(env, env.browse("account.move", id));
            }
            return Boolean.FALSE;
        }));
        return m;
    }

    static Model moveLine() {
        return new Model("account.move.line", "Journal Item").order("date desc, move_name desc, id")
                .add(many2one("move_id", "Journal Entry", "account.move").required())
                .add(of("move_name", CHAR, "Number").computed((env, rec) -> {
                    Record move = env.browse("account.move", rec.stored("move_id"));
                    return move == null ? null : move.stored("name");
                }))
                .add(of("date", DATE, "Date").computed((env, rec) -> {
                    Record move = env.browse("account.move", rec.stored("move_id"));
                    return move == null ? null : move.stored("date");
                }))
                .add(of("sequence", INTEGER, "Sequence").defaultTo(10))
                .add(of("display_type", SELECTION, "Display Type").defaultTo("product"))
                .add(many2one("product_id", "Product", "product.product"))
                .add(of("name", CHAR, "Label"))
                .add(of("quantity", FLOAT, "Quantity").defaultTo(0.0))
                .add(of("price_unit", FLOAT, "Unit Price").defaultTo(0.0))
                .add(of("price_subtotal", MONETARY, "Subtotal").computed((env, rec) -> lineAmount(env, rec, false)))
                .add(of("price_total", MONETARY, "Total").computed((env, rec) -> lineAmount(env, rec, true)))
                .add(many2many("tax_ids", "Taxes", "account.tax"))
                .add(many2many("sale_line_ids", "Sales Order Lines", "sale.order.line"))
                .add(many2one("product_uom_id", "Unit", "uom.uom"))
                .add(many2one("partner_id", "Partner", "res.partner"))
                .add(many2one("currency_id", "Currency", "res.currency"));
    }

    // ------------------------------------------------------------------ amounts

    private static List<Integer> productLines(Env env, Record move) {
        List<Integer> out = new ArrayList<>();
        for (Integer id : env.children("account.move.line", "move_id", move.id())) {
            if ("product".equals(env.browse("account.move.line", id).stored("display_type"))) {
                out.add(id);
            }
        }
        return out;
    }

    /** Product lines only: the tax and payment-term lines read 0.0 here (their balance is not emulated). */
    private static double lineAmount(Env env, Record line, boolean withTax) {
        if (!"product".equals(line.stored("display_type"))) {
            return 0.0;
        }
        BigDecimal subtotal = BigDecimal.valueOf(SaleLogic.number(line.stored("quantity")))
                .multiply(BigDecimal.valueOf(SaleLogic.number(line.stored("price_unit"))));
        double untaxed = SaleLogic.round(subtotal);
        return withTax ? SaleLogic.round(BigDecimal.valueOf(untaxed).add(BigDecimal.valueOf(taxOn(env, line, untaxed)))) : untaxed;
    }

    /** The percent taxes of a record's {@code tax_ids} on an untaxed amount. */
    @SuppressWarnings("unchecked")
    static double taxOn(Env env, Record rec, double untaxed) {
        BigDecimal tax = BigDecimal.ZERO;
        Object ids = rec.stored("tax_ids");
        for (Integer taxId : ids == null ? List.<Integer>of() : (List<Integer>) ids) {
            Record t = env.browse("account.tax", taxId);
            if (t != null) {
                tax = tax.add(BigDecimal.valueOf(untaxed).multiply(BigDecimal.valueOf(SaleLogic.number(t.stored("amount"))))
                        .divide(BigDecimal.valueOf(100)));
            }
        }
        return SaleLogic.round(tax);
    }

    private static double total(Env env, Record move, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Integer id : productLines(env, move)) {
            sum = sum.add(BigDecimal.valueOf(((Number) env.get(env.browse("account.move.line", id), field)).doubleValue()));
        }
        return SaleLogic.round(sum);
    }

    /** The invoice date (today for a draft) plus the longest delay of the payment term. */
    private static Object dueDate(Env env, Record move) {
        Object invoiceDate = move.stored("invoice_date");
        LocalDate base = LocalDate.parse(invoiceDate == null ? env.now().substring(0, 10) : invoiceDate.toString());
        int days = 0;
        Record term = env.browse("account.payment.term", move.stored("invoice_payment_term_id"));
        if (term != null) {
            for (Integer lineId : env.children("account.payment.term.line", "payment_id", term.id())) {
                Object nb = env.browse("account.payment.term.line", lineId).stored("nb_days");
                days = Math.max(days, nb == null ? 0 : ((Number) nb).intValue());
            }
        }
        return base.plusDays(days).toString();
    }

    // ------------------------------------------------------------------ what the order shows

    /** Invoiced quantity of an order line: its lines on invoices that are not cancelled (credit notes count back). */
    @SuppressWarnings("unchecked")
    static double invoiced(Env env, Record saleLine) {
        double qty = 0;
        for (Integer id : env.database().allIds("account.move.line")) {
            Record line = env.browse("account.move.line", id);
            Object links = line.stored("sale_line_ids");
            if (links == null || !((List<Integer>) links).contains(saleLine.id())) {
                continue;
            }
            Record move = env.browse("account.move", line.stored("move_id"));
            if (move != null && !"cancel".equals(move.stored("state"))) {
                double q = SaleLogic.number(line.stored("quantity"));
                qty += "out_refund".equals(move.stored("move_type")) ? -q : q;
            }
        }
        return qty;
    }

    /** What is left to invoice of a confirmed line: by the product's policy, delivered or ordered, less invoiced. */
    static double toInvoice(Env env, Record saleLine, Record order) {
        if (!"sale".equals(order.stored("state"))) {
            return 0.0;
        }
        Record product = env.browse("product.product", saleLine.stored("product_id"));
        double basis = product != null && "delivery".equals(product.stored("invoice_policy"))
                ? StockLogic.delivered(env, saleLine) : SaleLogic.number(saleLine.stored("product_uom_qty"));
        return basis - invoiced(env, saleLine);
    }

    /** The invoices with a line of the order. */
    @SuppressWarnings("unchecked")
    static List<Integer> invoicesOf(Env env, Record order) {
        List<Integer> orderLines = env.children("sale.order.line", "order_id", order.id());
        Set<Integer> moves = new LinkedHashSet<>();
        for (Integer id : env.database().allIds("account.move.line")) {
            Record line = env.browse("account.move.line", id);
            Object links = line.stored("sale_line_ids");
            if (links != null && ((List<Integer>) links).stream().anyMatch(orderLines::contains)) {
                moves.add((Integer) line.stored("move_id"));
            }
        }
        return List.copyOf(moves);
    }

    /** "to invoice" when a line has something to invoice, "invoiced" when every line is, "no" otherwise. */
    static String invoiceStatus(Env env, Record order) {
        if (!"sale".equals(order.stored("state"))) {
            return "no";
        }
        boolean allInvoiced = true;
        for (Integer lineId : env.children("sale.order.line", "order_id", order.id())) {
            Record line = env.browse("sale.order.line", lineId);
            if (line.stored("display_type") != null) {
                continue;
            }
            if (Math.abs(toInvoice(env, line, order)) > 1e-9) {
                return "to invoice";
            }
            allInvoiced &= invoiced(env, line) >= SaleLogic.number(line.stored("product_uom_qty"))
                    || invoiced(env, line) >= StockLogic.delivered(env, line) && invoiced(env, line) > 0;
        }
        return allInvoiced ? "invoiced" : "no";
    }

    // ------------------------------------------------------------------ the wizard

    @SuppressWarnings("unchecked")
    private static List<Integer> orders(Record wizard) {
        Object ids = wizard.stored("sale_order_ids");
        return ids == null ? List.of() : (List<Integer>) ids;
    }

    /** One draft invoice per order, of what each line has to invoice; the action opening the (last) invoice. */
    private static Object createInvoices(Env env, List<Integer> ids) {
        env.checkExist("sale.advance.payment.inv", ids);
        Record lastOrder = null;
        Integer lastInvoice = null;
        for (Integer id : ids) {
            for (Integer orderId : orders(env.browse("sale.advance.payment.inv", id))) {
                lastOrder = env.browse("sale.order", orderId);
                lastInvoice = invoice(env, lastOrder);
            }
        }
        if (lastInvoice == null) {
            throw noInvoiceableLine();
        }
        return invoiceAction(lastOrder, lastInvoice);
    }

    private static OdooException noInvoiceableLine() {
        return OdooException.userError("There is no invoiceable line. If a product has a control policy based on ordered"
                + " quantity, please make sure that a quantity has been set.");
    }

    /** Creates the draft invoice of an order (product lines, then a tax line if taxed, then the payment-term line). */
    static int invoice(Env env, Record order) {
        List<Map<String, Object>> lines = new ArrayList<>();
        boolean taxed = false;
        for (Integer lineId : env.children("sale.order.line", "order_id", order.id())) {
            Record line = env.browse("sale.order.line", lineId);
            double qty = toInvoice(env, line, order);
            if (line.stored("display_type") != null || Math.abs(qty) < 1e-9) {
                continue;
            }
            Object taxes = line.stored("tax_ids");
            taxed |= taxes instanceof List<?> l && !l.isEmpty();
            Map<String, Object> vals = new LinkedHashMap<>();
            vals.put("display_type", "product");
            vals.put("product_id", line.stored("product_id"));
            vals.put("name", line.stored("name"));
            vals.put("quantity", qty);
            vals.put("price_unit", line.stored("price_unit"));
            vals.put("product_uom_id", line.stored("product_uom_id"));
            vals.put("tax_ids", List.of(List.of(6, 0, taxes == null ? List.of() : taxes)));
            vals.put("sale_line_ids", List.of(List.of(6, 0, List.of(lineId))));
            lines.add(vals);
        }
        if (lines.isEmpty()) {
            throw noInvoiceableLine();
        }
        if (taxed) {
            lines.add(Map.of("display_type", "tax", "name", "Taxes"));
        }
        lines.add(Map.of("display_type", "payment_term", "name", ""));
        Map<String, Object> move = new HashMap<>();
        move.put("move_type", "out_invoice");
        move.put("partner_id", order.stored("partner_invoice_id"));
        move.put("partner_shipping_id", order.stored("partner_shipping_id"));
        move.put("invoice_origin", order.stored("name"));
        move.put("ref", order.stored("client_order_ref"));
        move.put("invoice_payment_term_id", order.stored("payment_term_id"));
        move.put("currency_id", env.get(order, "currency_id"));
        move.put("company_id", order.stored("company_id"));
        move.put("date", env.now().substring(0, 10));
        List<Object> commands = new ArrayList<>();
        for (Map<String, Object> vals : lines) {
            commands.add(List.of(0, 0, vals));
        }
        move.put("line_ids", commands);
        int id = env.create("account.move", List.of(move)).get(0);
        env.touch(order);
        return id;
    }

    /** The {@code account.action_move_out_invoice_type} action of the captured database, opening the invoice. */
    private static Map<String, Object> invoiceAction(Record order, int invoiceId) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("default_move_type", "out_invoice");
        context.put("default_partner_id", order.stored("partner_id"));
        context.put("default_partner_shipping_id", order.stored("partner_shipping_id"));
        context.put("default_invoice_payment_term_id", order.stored("payment_term_id"));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", 261);
        a.put("display_name", "Invoices");
        a.put("name", "Invoices");
        a.put("type", "ir.actions.act_window");
        a.put("xml_id", "account.action_move_out_invoice_type");
        a.put("path", "invoicing");
        a.put("help", "<p class=\"o_view_nocontent_smiling_face\">\n                Create a customer invoice\n              </p><p>\n"
                + "                Create invoices, register payments and keep track of the discussions with your customers.\n"
                + "              </p>\n            ");
        a.put("binding_model_id", Boolean.FALSE);
        a.put("binding_type", "action");
        a.put("binding_view_types", "list,form");
        a.put("view_id", List.of(738, "account.out.invoice.list"));
        a.put("domain", "[('move_type', 'in', ['out_invoice', 'out_refund', 'out_receipt'])]");
        a.put("context", context);
        a.put("res_id", invoiceId);
        a.put("res_model", "account.move");
        a.put("target", "current");
        a.put("view_mode", "list,kanban,form,activity");
        a.put("mobile_view_mode", "kanban");
        a.put("views", List.of(List.of(744, "form"), List.of(738, "list"), List.of(false, "kanban"), List.of(false, "activity")));
        a.put("limit", 80);
        a.put("group_ids", List.of());
        a.put("search_view_id", List.of(747, "account.invoice.select"));
        a.put("embedded_action_ids", List.of());
        a.put("filter", Boolean.FALSE);
        a.put("cache", Boolean.TRUE);
        return a;
    }

    // ------------------------------------------------------------------ posting

    /** Numbers the invoice ({@code INV/<year>/NNNNN}), sets its date (today if empty) and payment reference. */
    private static void post(Env env, Record move) {
        if (!"draft".equals(move.stored("state"))) {
            throw OdooException.userError("The entry " + env.displayName(move) + " (id " + move.id()
                    + ") must be in draft.");
        }
        String today = env.now().substring(0, 10);
        if (move.stored("invoice_date") == null) {
            env.set(move, "invoice_date", today);
        }
        boolean refund = "out_refund".equals(move.stored("move_type"));
        String year = move.stored("invoice_date").toString().substring(0, 4);
        String name = (refund ? "RINV/" : "INV/") + year + "/" + env.nextSequence(refund ? REFUND_SEQUENCE : INVOICE_SEQUENCE);
        env.set(move, "name", name);
        env.set(move, "payment_reference", name);
        env.set(move, "date", move.stored("invoice_date"));
        env.set(move, "state", "posted");
        env.touch(move);
    }
}

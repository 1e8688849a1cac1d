package dev.tradehub.odoo.emulator.model;

import static dev.tradehub.odoo.emulator.orm.Field.many2one;
import static dev.tradehub.odoo.emulator.orm.Field.of;
import static dev.tradehub.odoo.emulator.orm.Field.one2many;
import static dev.tradehub.odoo.emulator.orm.FieldType.BOOLEAN;
import static dev.tradehub.odoo.emulator.orm.FieldType.CHAR;
import static dev.tradehub.odoo.emulator.orm.FieldType.DATETIME;
import static dev.tradehub.odoo.emulator.orm.FieldType.FLOAT;
import static dev.tradehub.odoo.emulator.orm.FieldType.INTEGER;
import static dev.tradehub.odoo.emulator.orm.FieldType.SELECTION;
import static dev.tradehub.odoo.emulator.orm.FieldType.TEXT;

import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Method;
import dev.tradehub.odoo.emulator.orm.Model;
import dev.tradehub.odoo.emulator.orm.Record;
import dev.tradehub.odoo.emulator.orm.StandardMethods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deliveries: stock.picking, stock.move and stock.move.line, the delivery a confirmed sale order gets, how it
 * follows changes of the order, and {@code button_validate} with Odoo 19's wizards (backorder, stock_sms).
 */
final class StockLogic {
    /** Ids of the stock records deliveries use (present in every seed, see {@code Seeds.ensureBase}). */
    static final int PICKING_TYPE_OUT = 2;
    static final int LOCATION_STOCK = 5;
    static final int LOCATION_CUSTOMERS = 2;

    /** Form view ids of the wizards in the captured database (they appear in the actions returned). */
    private static final int BACKORDER_WIZARD_VIEW = 935;
    private static final int SMS_WIZARD_VIEW = 1127;

    private static final Set<String> CLOSED = Set.of("done", "cancel");

    private StockLogic() {
    }

    // ------------------------------------------------------------------ models

    static Model picking() {
        Model m = new Model("stock.picking", "Transfer").order("priority desc, scheduled_date asc, id desc")
                .add(of("name", CHAR, "Reference"))
                .add(of("origin", CHAR, "Source Document"))
                .add(of("state", SELECTION, "Status").defaultTo("draft").selection("draft", "Draft", "waiting",
                        "Waiting Another Operation", "confirmed", "Waiting", "assigned", "Ready", "done", "Done", "cancel",
                        "Cancelled"))
                .add(of("priority", SELECTION, "Priority").defaultTo("0").selection("0", "Normal", "1", "Urgent"))
                .add(many2one("partner_id", "Contact", "res.partner"))
                .add(many2one("sale_id", "Sales Order", "sale.order"))
                .add(one2many("move_ids", "Stock Moves", "stock.move", "picking_id"))
                .add(of("scheduled_date", DATETIME, "Scheduled Date").defaultFrom(Env::now))
                // Odoo computes the deadline as the earliest deadline of the moves, cancelled ones included: so a
                // new commitment date on the order moves it only when every move follows
                .add(of("date_deadline", DATETIME, "Deadline").computed(StockLogic::earliestDeadline))
                .add(of("date_done", DATETIME, "Date of Transfer"))
                .add(many2one("picking_type_id", "Operation Type", "stock.picking.type").required())
                .add(of("picking_type_code", SELECTION, "Type of Operation").computed((env, rec) -> "outgoing"))
                .add(many2one("location_id", "Source Location", "stock.location"))
                .add(many2one("location_dest_id", "Destination Location", "stock.location"))
                .add(many2one("backorder_id", "Back Order of", "stock.picking"))
                .add(one2many("backorder_ids", "Back Orders", "stock.picking", "backorder_id"))
                .add(of("move_type", SELECTION, "Shipping Policy").defaultTo("direct"))
                .add(of("weight_bulk", FLOAT, "Bulk Weight").computed(StockLogic::weight))
                .add(of("shipping_weight", FLOAT, "Weight for Shipping").computed(StockLogic::weight))
                .add(of("has_tracking", BOOLEAN, "Has Tracking").computed((env, rec) -> hasTracking(env, rec)))
                .add(of("note", TEXT, "Notes"))
                .add(many2one("company_id", "Company", "res.company").defaultFrom(env -> env.exists("res.company", 1) ? 1 : null));
        m.method(new Method("button_validate", true, false, List.of(), "StockPicking.button_validate", false,
                (env, ids, kw) -> buttonValidate(env, ids)));
        return m;
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
                .add(of("state", SELECTION, "Status").defaultTo("draft").selection("draft", "New", "waiting",
                        "Waiting Another Move", "confirmed", "Waiting Availability", "partially_available",
                        "Partially Available", "assigned", "Available", "done", "Done", "cancel", "Cancelled"))
                .add(many2one("sale_line_id", "Sale Line", "sale.order.line"))
                .add(one2many("move_line_ids", "Operations", "stock.move.line", "move_id"))
                .add(many2one("location_id", "Source Location", "stock.location"))
                .add(many2one("location_dest_id", "Destination Location", "stock.location"))
                .add(many2one("partner_id", "Destination Address", "res.partner"))
                .add(of("origin", CHAR, "Source Document"))
                .add(of("date", DATETIME, "Date Scheduled").defaultFrom(Env::now))
                .add(of("date_deadline", DATETIME, "Deadline"))
                .displayName((env, rec) -> {
                    Record picking = env.browse("stock.picking", rec.stored("picking_id"));
                    Record product = env.browse("product.product", rec.stored("product_id"));
                    String what = product == null ? "" : env.displayName(product);
                    return picking == null ? what : picking.stored("name") + ": " + what;
                })
                // setting the quantity of a move sets its detailed operations (one move line per move here)
                .afterWrite((env, move, vals) -> {
                    if (vals.containsKey("quantity")) {
                        syncMoveLine(env, move);
                    }
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

    /** The SMS confirmation wizard of stock_sms (transient): only its id appears in the action returned. */
    static Model smsWizard() {
        return new Model("confirm.stock.sms", "Stock SMS Confirmation")
                .add(many2one("company_id", "Company", "res.company"));
    }

    private static Object earliestDeadline(Env env, Record picking) {
        String earliest = null;
        for (Integer moveId : env.children("stock.move", "picking_id", picking.id())) {
            Object deadline = env.browse("stock.move", moveId).stored("date_deadline");
            if (deadline instanceof String d && (earliest == null || d.compareTo(earliest) < 0)) {
                earliest = d;
            }
        }
        return earliest;
    }

    /** Product weight times the quantity of each move line (no packages here), as stock computes both weights. */
    private static Object weight(Env env, Record picking) {
        BigDecimal total = BigDecimal.ZERO;
        for (Integer lineId : env.children("stock.move.line", "picking_id", picking.id())) {
            Record line = env.browse("stock.move.line", lineId);
            Record product = env.browse("product.product", line.stored("product_id"));
            if (product != null) {
                total = total.add(BigDecimal.valueOf(number(product.stored("weight")))
                        .multiply(BigDecimal.valueOf(number(line.stored("quantity")))));
            }
        }
        return SaleLogic.round(total);
    }

    private static boolean hasTracking(Env env, Record picking) {
        for (Record move : moves(env, picking)) {
            Record product = env.browse("product.product", move.stored("product_id"));
            if (product != null && !"none".equals(String.valueOf(product.stored("tracking")))
                    && product.stored("tracking") != null) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the delivery of an order

    /** Confirmation creates one outgoing picking (state "assigned", stock reserved) with a move per product line. */
    static void createDelivery(Env env, Record order) {
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
        picking.put("picking_type_id", PICKING_TYPE_OUT);
        picking.put("location_id", LOCATION_STOCK);
        picking.put("location_dest_id", LOCATION_CUSTOMERS);
        picking.put("state", "assigned");
        int pickingId = env.create("stock.picking", List.of(picking)).get(0);
        for (Integer lineId : lines) {
            createMove(env, env.browse("sale.order.line", lineId), env.browse("stock.picking", pickingId));
        }
    }

    /** A reserved move for an order line's quantity (in the product's unit), with its move line. */
    private static void createMove(Env env, Record line, Record picking) {
        Record product = env.browse("product.product", line.stored("product_id"));
        if (product == null) {
            return;
        }
        Record order = env.browse("sale.order", line.stored("order_id"));
        Object commitment = order.stored("commitment_date");
        double qty = toProductUnit(env, line, number(line.stored("product_uom_qty")));
        double reserved = reserve(env, product, qty);
        Map<String, Object> move = new HashMap<>();
        move.put("name", env.displayName(product));
        move.put("picking_id", picking.id());
        move.put("product_id", product.id());
        move.put("product_uom_qty", qty);
        move.put("quantity", reserved);
        move.put("picked", false);
        move.put("product_uom", product.stored("uom_id"));
        move.put("state", reserved >= qty ? "assigned" : reserved > 0 ? "partially_available" : "confirmed");
        move.put("sale_line_id", line.id());
        move.put("origin", order.stored("name"));
        move.put("partner_id", order.stored("partner_shipping_id"));
        move.put("location_id", LOCATION_STOCK);
        move.put("location_dest_id", LOCATION_CUSTOMERS);
        move.put("date", commitment == null ? env.now() : commitment);
        move.put("date_deadline", commitment);
        int moveId = env.create("stock.move", List.of(move)).get(0);
        syncMoveLine(env, env.browse("stock.move", moveId));
    }

    /**
     * What confirmation reserves of a demand: all of it for a product that does not track inventory, else what is
     * free to use (taken off the product's free quantity). A move of a product without stock stays "confirmed" with
     * quantity 0 (README section 14).
     */
    private static double reserve(Env env, Record product, double demand) {
        if (!Boolean.TRUE.equals(product.stored("is_storable"))) {
            return demand;
        }
        double free = Math.max(0, number(product.stored("free_qty")));
        double reserved = Math.min(free, demand);
        if (reserved > 0) {
            env.set(product, "free_qty", free - reserved);
        }
        return reserved;
    }

    /** The move's one move line carries its quantity: created, changed, or removed at 0. */
    private static void syncMoveLine(Env env, Record move) {
        double qty = number(move.stored("quantity"));
        List<Integer> lines = env.children("stock.move.line", "move_id", move.id());
        if (lines.isEmpty()) {
            if (qty > 0) {
                Map<String, Object> moveLine = new HashMap<>();
                moveLine.put("move_id", move.id());
                moveLine.put("picking_id", move.stored("picking_id"));
                moveLine.put("product_id", move.stored("product_id"));
                moveLine.put("quantity", qty);
                moveLine.put("product_uom_id", move.stored("product_uom"));
                moveLine.put("location_id", move.stored("location_id"));
                moveLine.put("location_dest_id", move.stored("location_dest_id"));
                env.create("stock.move.line", List.of(moveLine));
            }
        } else if (qty > 0) {
            Record first = env.browse("stock.move.line", lines.get(0));
            env.set(first, "quantity", qty);
            env.set(first, "picking_id", move.stored("picking_id"));
            env.touch(first);
        } else {
            env.unlink("stock.move.line", lines);
        }
        if (qty > 0 && "confirmed".equals(move.stored("state"))) {
            env.set(move, "state", "assigned");
        }
    }

    /** A quantity in the line's unit, in the product's unit (a "Pack of 6" line becomes 6 Units). */
    private static double toProductUnit(Env env, Record line, double qty) {
        Record product = env.browse("product.product", line.stored("product_id"));
        Record lineUom = env.browse("uom.uom", line.stored("product_uom_id"));
        Record productUom = product == null ? null : env.browse("uom.uom", product.stored("uom_id"));
        if (lineUom != null && productUom != null && lineUom.id() != productUom.id()) {
            return qty * Registry.factor(env, lineUom) / Registry.factor(env, productUom);
        }
        return qty;
    }

    /** What the done moves of an order line delivered, in the line's unit. */
    static double delivered(Env env, Record line) {
        double inProductUnit = 0;
        for (Integer moveId : env.children("stock.move", "sale_line_id", line.id())) {
            Record move = env.browse("stock.move", moveId);
            if ("done".equals(move.stored("state"))) {
                inProductUnit += number(move.stored("quantity"));
            }
        }
        double perLineUnit = toProductUnit(env, line, 1.0);
        return perLineUnit == 0 ? inProductUnit : inProductUnit / perLineUnit;
    }

    /**
     * A confirmed line got a new quantity: the open moves follow (demand and reservation), as sale_stock's
     * procurement does. Odoo creates a move for the difference and merges it into the open one, so every change
     * uses up a move id.
     */
    static void followLineQuantity(Env env, Record line) {
        Record product = env.browse("product.product", line.stored("product_id"));
        if (product == null) {
            return;
        }
        double ordered = toProductUnit(env, line, number(line.stored("product_uom_qty")));
        double done = 0;
        Record open = null;
        for (Integer moveId : env.children("stock.move", "sale_line_id", line.id())) {
            Record move = env.browse("stock.move", moveId);
            Object state = move.stored("state");
            if ("done".equals(state)) {
                done += number(move.stored("quantity"));
            } else if (!"cancel".equals(state)) {
                open = move;
            }
        }
        double openDemand = Math.max(0, ordered - done);
        double current = open == null ? 0 : number(open.stored("product_uom_qty"));
        if (current == openDemand) {
            return;
        }
        env.skipId("stock.move");
        if (open != null) {
            setDemand(env, open, openDemand);
            return;
        }
        Record picking = openPicking(env, env.browse("sale.order", line.stored("order_id")));
        if (picking != null) {
            createMove(env, line, picking);
            List<Integer> lineMoves = env.children("stock.move", "sale_line_id", line.id());
            setDemand(env, env.browse("stock.move", lineMoves.get(lineMoves.size() - 1)), openDemand);
        }
    }

    private static void setDemand(Env env, Record move, double demand) {
        env.set(move, "product_uom_qty", demand);
        env.set(move, "quantity", demand);
        if (demand <= 0) {
            env.set(move, "state", "cancel");
        }
        env.touch(move);
        syncMoveLine(env, move);
        touchPicking(env, move);
    }

    /** A line added to a confirmed order gets its move in the order's open delivery. */
    static void addLineToDelivery(Env env, Record line) {
        Record order = env.browse("sale.order", line.stored("order_id"));
        Record picking = openPicking(env, order);
        if (picking == null) {
            createDelivery(env, order);
        } else {
            // the procurement creates the move directly (move 44 right after the ids 41-43 that three quantity
            // changes used up, 12-change-json2-16)
            createMove(env, line, picking);
            env.touch(picking);
        }
    }

    /** A new commitment date of a confirmed order becomes the deadline of its open moves (not their date). */
    static void followCommitmentDate(Env env, Record order) {
        for (Integer pickingId : env.children("stock.picking", "sale_id", order.id())) {
            for (Record move : moves(env, env.browse("stock.picking", pickingId))) {
                if (!CLOSED.contains(move.stored("state"))) {
                    env.set(move, "date_deadline", order.stored("commitment_date"));
                    env.touch(move);
                }
            }
        }
    }

    /** Cancelling an order cancels its open deliveries; done ones stay done (and are written again). */
    static void cancelDeliveries(Env env, Record order) {
        for (Integer pickingId : env.children("stock.picking", "sale_id", order.id())) {
            Record picking = env.browse("stock.picking", pickingId);
            if (!"done".equals(picking.stored("state"))) {
                env.set(picking, "state", "cancel");
                for (Record move : moves(env, picking)) {
                    if (!CLOSED.contains(move.stored("state"))) {
                        env.set(move, "state", "cancel");
                        env.set(move, "quantity", 0.0);
                        env.touch(move);
                        syncMoveLine(env, move);
                    }
                }
            }
            env.touch(picking);
        }
    }

    /** A deleted line of a cancelled order leaves its moves behind, unlinked. */
    static void forgetLine(Env env, Record line) {
        for (Integer moveId : env.children("stock.move", "sale_line_id", line.id())) {
            Record move = env.browse("stock.move", moveId);
            env.set(move, "sale_line_id", null);
            env.touch(move);
        }
    }

    private static Record openPicking(Env env, Record order) {
        for (Integer pickingId : env.children("stock.picking", "sale_id", order.id())) {
            Record picking = env.browse("stock.picking", pickingId);
            if (!CLOSED.contains(picking.stored("state"))) {
                return picking;
            }
        }
        return null;
    }

    private static void touchPicking(Env env, Record move) {
        Record picking = env.browse("stock.picking", move.stored("picking_id"));
        if (picking != null) {
            env.touch(picking);
        }
    }

    private static List<Record> moves(Env env, Record picking) {
        List<Record> out = new ArrayList<>();
        for (Integer moveId : env.children("stock.move", "picking_id", picking.id())) {
            out.add(env.browse("stock.move", moveId));
        }
        return out;
    }

    // ------------------------------------------------------------------ validation

    /**
     * {@code button_validate}: {@code true} once validated, or a wizard action (and nothing validated): the backorder
     * wizard when a quantity is short and the context has no {@code skip_backorder}, then stock_sms's wizard while
     * the company's SMS confirmation is on and unanswered, the partner has a phone and there is no {@code skip_sms}.
     */
    private static Object buttonValidate(Env env, List<Integer> ids) {
        env.checkExist("stock.picking", ids);
        Map<String, Object> ctx = env.context();
        List<Record> pickings = new ArrayList<>();
        for (Integer id : ids) {
            Record picking = env.browse("stock.picking", id);
            pickings.add(picking);
            pickWhenNothingIsPicked(env, picking);
        }
        if (!Boolean.TRUE.equals(ctx.get("skip_backorder"))) {
            List<Integer> short_ = new ArrayList<>();
            for (Record picking : pickings) {
                if (isShort(env, picking)) {
                    short_.add(picking.id());
                }
            }
            if (!short_.isEmpty()) {
                return backorderWizard(ctx, ids, short_);
            }
        }
        if (!Boolean.TRUE.equals(ctx.get("skip_sms"))) {
            for (Record picking : pickings) {
                if (needsSmsConfirmation(env, picking)) {
                    return smsWizard(env, ctx, ids, picking);
                }
            }
        }
        List<Integer> noBackorder = new ArrayList<>();
        for (Object o : StandardMethods.list(ctx.get("picking_ids_not_to_backorder"))) {
            noBackorder.add(((Number) o).intValue());
        }
        for (Record picking : pickings) {
            validate(env, picking, !noBackorder.contains(picking.id()));
        }
        return Boolean.TRUE;
    }

    /** "If none is picked, all moves with a quantity are picked automatically." */
    private static void pickWhenNothingIsPicked(Env env, Record picking) {
        List<Record> open = new ArrayList<>();
        for (Record move : moves(env, picking)) {
            if (!CLOSED.contains(move.stored("state"))) {
                if (Boolean.TRUE.equals(move.stored("picked"))) {
                    return;
                }
                open.add(move);
            }
        }
        for (Record move : open) {
            if (number(move.stored("quantity")) > 0) {
                env.set(move, "picked", true);
                env.touch(move);
            }
        }
    }

    private static double processed(Record move) {
        return Boolean.TRUE.equals(move.stored("picked")) ? number(move.stored("quantity")) : 0.0;
    }

    private static boolean isShort(Env env, Record picking) {
        for (Record move : moves(env, picking)) {
            if (!CLOSED.contains(move.stored("state")) && processed(move) < number(move.stored("product_uom_qty"))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> backorderWizard(Map<String, Object> ctx, List<Integer> ids, List<Integer> short_) {
        Map<String, Object> context = new LinkedHashMap<>(ctx);
        context.put("button_validate_picking_ids", ids);
        context.put("default_show_transfers", short_.size() > 1);
        List<Object> pickIds = new ArrayList<>();
        for (Integer id : short_) {
            pickIds.add(List.of(4, id));
        }
        context.put("default_pick_ids", pickIds);
        return wizardAction("Create Backorder?", "stock.backorder.confirmation", BACKORDER_WIZARD_VIEW, null, context);
    }

    private static boolean needsSmsConfirmation(Env env, Record picking) {
        Record company = env.browse("res.company", picking.stored("company_id"));
        Record partner = env.browse("res.partner", picking.stored("partner_id"));
        return company != null && partner != null && Boolean.TRUE.equals(company.stored("stock_move_sms_validation"))
                && !Boolean.TRUE.equals(company.stored("has_received_warning_stock_sms"))
                && (partner.stored("phone") != null || partner.stored("mobile") != null);
    }

    private static Map<String, Object> smsWizard(Env env, Map<String, Object> ctx, List<Integer> ids, Record picking) {
        int wizardId = env.create("confirm.stock.sms", List.of(Map.of("company_id", picking.stored("company_id")))).get(0);
        Map<String, Object> context = new LinkedHashMap<>(ctx);
        context.put("button_validate_picking_ids", ids);
        return wizardAction("SMS", "confirm.stock.sms", SMS_WIZARD_VIEW, wizardId, context);
    }

    private static Map<String, Object> wizardAction(String name, String resModel, int view, Integer resId,
            Map<String, Object> context) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("name", name);
        action.put("type", "ir.actions.act_window");
        action.put("view_mode", "form");
        action.put("res_model", resModel);
        action.put("views", List.of(List.of(view, "form")));
        action.put("view_id", view);
        action.put("target", "new");
        if (resId != null) {
            action.put("res_id", resId);
        }
        action.put("context", context);
        return action;
    }

    /**
     * Processes the picked quantities. With a backorder, a short move's demand is cut to what was picked and the
     * rest goes to a new picking (as a new move of the same order line; an unprocessed move moves there whole);
     * without, the short moves are done as they are and the unprocessed ones cancelled.
     */
    private static void validate(Env env, Record picking, boolean createBackorder) {
        List<Record> remainders = new ArrayList<>();
        List<Record> unprocessed = new ArrayList<>();
        for (Record move : moves(env, picking)) {
            if (CLOSED.contains(move.stored("state"))) {
                continue;
            }
            double done = processed(move);
            double demand = number(move.stored("product_uom_qty"));
            if (done <= 0) {
                unprocessed.add(move);
                continue;
            }
            if (createBackorder && done < demand) {
                remainders.add(splitOff(env, move, demand - done));
                env.set(move, "product_uom_qty", done);
            }
            env.set(move, "state", "done");
        }
        Record backorder = null;
        if (createBackorder && (!remainders.isEmpty() || !unprocessed.isEmpty())) {
            backorder = createBackorder(env, picking);
        }
        for (Record move : unprocessed) {
            if (backorder != null) {
                env.set(move, "picking_id", backorder.id());
                syncMoveLine(env, move);
            } else {
                env.set(move, "state", "cancel");
                env.set(move, "quantity", 0.0);
                syncMoveLine(env, move);
            }
            env.touch(move);
        }
        for (Record move : remainders) {
            env.set(move, "picking_id", backorder.id());
            syncMoveLine(env, move);
        }
        for (Record move : moves(env, picking)) {
            env.set(move, "date", env.now());
            env.touch(move);
        }
        env.set(picking, "state", "done");
        env.set(picking, "date_done", env.now());
        env.touch(picking);
    }

    /** A new move (not yet in a picking) for the remainder of a move, reserved, for the same order line. */
    private static Record splitOff(Env env, Record move, double remainder) {
        Map<String, Object> copy = new HashMap<>(move.row());
        for (String key : List.of("id", "create_date", "write_date", "create_uid", "write_uid")) {
            copy.remove(key);
        }
        copy.put("product_uom_qty", remainder);
        copy.put("quantity", remainder);
        copy.put("picked", false);
        copy.put("state", "assigned");
        int id = env.create("stock.move", List.of(copy)).get(0);
        return env.browse("stock.move", id);
    }

    private static Record createBackorder(Env env, Record picking) {
        Map<String, Object> vals = new HashMap<>();
        for (String key : List.of("origin", "partner_id", "sale_id", "scheduled_date", "picking_type_id", "location_id",
                "location_dest_id", "move_type", "company_id")) {
            vals.put(key, picking.stored(key));
        }
        vals.put("name", env.nextSequence("stock.picking.out"));
        vals.put("backorder_id", picking.id());
        vals.put("state", "assigned");
        return env.browse("stock.picking", env.create("stock.picking", List.of(vals)).get(0));
    }

    static double number(Object raw) {
        return raw == null ? 0.0 : ((Number) raw).doubleValue();
    }
}

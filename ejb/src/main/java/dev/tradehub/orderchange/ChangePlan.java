package dev.tradehub.orderchange;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderChange;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.odoo.SaleOrderChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Translator from a buyer's change and the order as it stands (the buyer's lines, and the Odoo sale order lines they
 * became, in the same order) to the Odoo write that applies it, and the order as it will stand. A line is named by
 * the buyer's line number; a cancelled line becomes quantity 0 (Odoo keeps the lines of a confirmed order); a
 * REPLACE cancels the lines it does not list; added lines are appended, as Odoo appends them. Stateless.
 *
 * @param odooChange  what to write, updates only (the additions are mapped to products by the caller)
 * @param added       the buyer's added lines, to map to Odoo products, in order
 * @param changed     the order as it will stand, added lines last
 * @param description what changes, in words, one entry per change
 * @param problems    why the change cannot be applied (lines it names that the order does not have, unit changes)
 */
record ChangePlan(SaleOrderChange odooChange, List<OrderLine> added, CanonicalOrder changed, List<String> description,
        List<String> problems) {

    static ChangePlan of(CanonicalOrder current, List<Long> saleLineIds, OrderChange change) {
        List<String> problems = new ArrayList<>();
        List<String> description = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>(current.lines());
        List<SaleOrderChange.LineUpdate> updates = new ArrayList<>();
        List<OrderLine> added = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        for (OrderChange.LineChange line : change.lines()) {
            if (line.action() == OrderChange.Action.ADD) {
                if (indexOf(current, line.lineNo()) >= 0) {
                    problems.add("line " + line.lineNo() + " is added, but the order already has a line " + line.lineNo());
                    continue;
                }
                OrderLine newLine = new OrderLine(line.lineNo(), line.qty(), line.uom(), line.unitPrice(), line.upc(),
                        line.vendorSku(), line.buyerSku(), null);
                added.add(newLine);
                lines.add(newLine);
                description.add("line " + line.lineNo() + " added: " + line.qty() + " " + Objects.toString(line.uom(), ""));
                continue;
            }
            int index = indexOf(current, line.lineNo());
            if (index < 0 || index >= saleLineIds.size()) {
                problems.add("line " + line.lineNo() + " is not a line of purchase order " + current.poNumber()
                        + (index < 0 ? "" : " in Odoo"));
                continue;
            }
            named.add(index);
            OrderLine before = current.lines().get(index);
            if (line.uom() != null && before.uom() != null && !line.uom().equalsIgnoreCase(before.uom())) {
                problems.add("line " + line.lineNo() + " changes its unit from " + before.uom() + " to " + line.uom()
                        + ": send the quantity in " + before.uom());
                continue;
            }
            if (line.action() == OrderChange.Action.CANCEL) {
                updates.add(new SaleOrderChange.LineUpdate(saleLineIds.get(index), BigDecimal.ZERO, null));
                lines.set(index, withQuantityAndPrice(before, BigDecimal.ZERO, null));
                description.add("line " + line.lineNo() + " cancelled");
                continue;
            }
            BigDecimal qty = line.qty() != null && line.qty().compareTo(before.qty()) != 0 ? line.qty() : null;
            BigDecimal price = line.unitPrice() != null
                    && (before.unitPrice() == null || line.unitPrice().compareTo(before.unitPrice()) != 0)
                    ? line.unitPrice() : null;
            if (qty == null && price == null) {
                description.add("line " + line.lineNo() + " unchanged");
                continue;
            }
            updates.add(new SaleOrderChange.LineUpdate(saleLineIds.get(index), qty, price));
            lines.set(index, withQuantityAndPrice(before, qty, price));
            if (qty != null) {
                description.add("line " + line.lineNo() + " quantity " + before.qty().toPlainString() + " -> "
                        + qty.toPlainString());
            }
            if (price != null) {
                description.add("line " + line.lineNo() + " price " + (before.unitPrice() == null ? "(Odoo's)"
                        : before.unitPrice().toPlainString()) + " -> " + price.toPlainString());
            }
        }
        if (change.purpose() == OrderChange.Purpose.REPLACE) {
            for (int index = 0; index < current.lines().size() && index < saleLineIds.size(); index++) {
                OrderLine before = current.lines().get(index);
                if (!named.contains(index) && before.qty().signum() != 0) {
                    updates.add(new SaleOrderChange.LineUpdate(saleLineIds.get(index), BigDecimal.ZERO, null));
                    lines.set(index, withQuantityAndPrice(before, BigDecimal.ZERO, null));
                    description.add("line " + Objects.toString(before.lineNo(), Integer.toString(index + 1))
                            + " cancelled (not in the replacement)");
                }
            }
        }
        boolean newDate = change.requestedShipDate() != null
                && !change.requestedShipDate().equals(current.requestedShipDate());
        if (newDate) {
            description.add("requested date " + current.requestedShipDate() + " -> " + change.requestedShipDate());
        }
        CanonicalOrder changed = new CanonicalOrder(current.poNumber(), current.poDate(), current.currency(),
                current.buyer(), current.shipTo(), newDate ? change.requestedShipDate() : current.requestedShipDate(),
                lines, lines.size());
        return new ChangePlan(new SaleOrderChange(newDate ? change.requestedShipDate() : null, updates, List.of()),
                List.copyOf(added), changed, List.copyOf(description), List.copyOf(problems));
    }

    private static int indexOf(CanonicalOrder order, String lineNo) {
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            String number = line.lineNo() != null ? line.lineNo() : Integer.toString(i + 1);
            if (lineNo != null && sameNumber(number, lineNo)) {
                return i;
            }
        }
        return -1;
    }

    /** Line numbers as partners send them: {@code 1}, {@code 001} and {@code 1.0} are the same line. */
    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
        } catch (NumberFormatException e) {
            return a.trim().equalsIgnoreCase(b.trim());
        }
    }

    private static OrderLine withQuantityAndPrice(OrderLine line, BigDecimal qty, BigDecimal price) {
        return new OrderLine(line.lineNo(), qty != null ? qty : line.qty(), line.uom(),
                price != null ? price : line.unitPrice(), line.upc(), line.vendorSku(), line.buyerSku(),
                line.description());
    }
}

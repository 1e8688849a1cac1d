package dev.tradehub.orderresponse;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.OrderResponse;
import dev.tradehub.canonical.OrderResponse.LineStatus;
import dev.tradehub.odoo.OdooRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Translator from what the buyer ordered (the canonical order as received) and what Odoo holds (the sale order and
 * its lines, read in {@code sequence, id} order: TradeHub creates them in the order's line order) to the order
 * response. A line Odoo holds with another quantity is QUANTITY_CHANGED (REJECTED at zero), with another price
 * PRICE_CHANGED; a line Odoo does not hold, or a cancelled order, is REJECTED. The buyer's identifiers are echoed as
 * sent. Stateless.
 */
public final class OrderResponses {

    private OrderResponses() {
    }

    /**
     * The response.
     *
     * @param ordered    the order as the buyer sent it
     * @param saleOrder  {@code sale.order} with {@code name, state, commitment_date, currency_id}
     * @param saleLines  its {@code sale.order.line}s with {@code product_uom_qty, price_unit}, in {@code sequence, id}
     *                   order
     * @param today      the response date
     */
    public static OrderResponse from(CanonicalOrder ordered, OdooRecord saleOrder, List<OdooRecord> saleLines,
            LocalDate today) {
        boolean cancelled = "cancel".equals(saleOrder.text("state"));
        LocalDate promised = saleOrder.date("commitment_date");
        List<OrderResponse.Line> lines = new ArrayList<>();
        for (int i = 0; i < ordered.lines().size(); i++) {
            OrderLine line = ordered.lines().get(i);
            OdooRecord held = cancelled || i >= saleLines.size() ? null : saleLines.get(i);
            BigDecimal quantity = held == null || held.decimal("product_uom_qty") == null ? BigDecimal.ZERO
                    : held.decimal("product_uom_qty");
            BigDecimal price = held == null ? null : held.decimal("price_unit");
            lines.add(new OrderResponse.Line(line.lineNo(), line.qty(), quantity, line.uom(), line.unitPrice(), price,
                    line.upc(), line.vendorSku(), line.buyerSku(), status(line, quantity, price), null));
        }
        return new OrderResponse(ordered.poNumber(), ordered.poDate(), saleOrder.name(), today, status(lines),
                ordered.currency() != null ? ordered.currency() : saleOrder.displayName("currency_id"), promised, lines);
    }

    private static LineStatus status(OrderLine ordered, BigDecimal quantity, BigDecimal price) {
        if (quantity.signum() == 0) {
            return LineStatus.REJECTED;
        }
        if (quantity.compareTo(ordered.qty()) != 0) {
            return LineStatus.QUANTITY_CHANGED;
        }
        if (ordered.unitPrice() != null && price != null && price.compareTo(ordered.unitPrice()) != 0) {
            return LineStatus.PRICE_CHANGED;
        }
        return LineStatus.ACCEPTED;
    }

    private static OrderResponse.Status status(List<OrderResponse.Line> lines) {
        if (!lines.isEmpty() && lines.stream().allMatch(line -> line.status() == LineStatus.REJECTED)) {
            return OrderResponse.Status.REJECTED;
        }
        return lines.stream().allMatch(line -> line.status() == LineStatus.ACCEPTED) ? OrderResponse.Status.ACCEPTED
                : OrderResponse.Status.ACCEPTED_WITH_CHANGES;
    }
}

package dev.tradehub.odoo;

import java.time.LocalDate;
import java.util.List;

/**
 * The values of a {@code sale.order} to create, resolved to Odoo ids.
 *
 * @param partnerId         {@code partner_id}
 * @param shippingPartnerId {@code partner_shipping_id}, or null for the partner itself
 * @param clientOrderRef    {@code client_order_ref}: the buyer's PO number, TradeHub's idempotency key in Odoo
 * @param commitmentDate    {@code commitment_date} (requested ship date), or null
 * @param note              free text for {@code note}, or null
 * @param lines             the order lines
 */
public record SaleOrderDraft(
        long partnerId,
        Long shippingPartnerId,
        String clientOrderRef,
        LocalDate commitmentDate,
        String note,
        List<Line> lines) {

    public SaleOrderDraft {
        lines = List.copyOf(lines);
    }

    /**
     * One {@code sale.order.line}.
     *
     * @param productId   {@code product_id}
     * @param quantity    {@code product_uom_qty}
     * @param unitId      the line's unit ({@code product_uom_id} in 19, {@code product_uom} before), or null for the
     *                    product's own unit
     * @param priceUnit   {@code price_unit}, or null to let Odoo price it
     * @param description {@code name}, or null to let Odoo describe it
     */
    public record Line(long productId, java.math.BigDecimal quantity, Long unitId, java.math.BigDecimal priceUnit,
            String description) {
    }
}

package dev.tradehub.odoo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A change to a confirmed {@code sale.order}, resolved to Odoo ids: one {@code write} with {@code order_line}
 * commands (transcripts, section 12). Lines are never deleted ({@code [2, id]} is refused on a confirmed order): a
 * cancelled line is set to quantity 0, which Odoo accepts and which cancels its open move.
 *
 * @param commitmentDate a new {@code commitment_date}, or null
 * @param updates        changes to existing lines ({@code [1, id, {...}]})
 * @param additions      new lines ({@code [0, 0, {...}]})
 */
public record SaleOrderChange(LocalDate commitmentDate, List<LineUpdate> updates, List<SaleOrderDraft.Line> additions) {

    public SaleOrderChange {
        updates = List.copyOf(updates);
        additions = List.copyOf(additions);
    }

    public boolean isEmpty() {
        return commitmentDate == null && updates.isEmpty() && additions.isEmpty();
    }

    /**
     * A change to one {@code sale.order.line}.
     *
     * @param lineId    its id
     * @param quantity  the new {@code product_uom_qty}, or null
     * @param priceUnit the new {@code price_unit}, or null
     */
    public record LineUpdate(long lineId, BigDecimal quantity, BigDecimal priceUnit) {
    }
}

package dev.tradehub.mapping;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.odoo.SaleOrderDraft;
import java.util.List;

/**
 * A canonical order with its Odoo values, or the reasons it has none.
 *
 * @param order  the canonical order
 * @param draft  the sale order to create, null when {@code errors} is not empty
 * @param errors the MAPPING errors
 */
public record MappedOrder(CanonicalOrder order, SaleOrderDraft draft, List<DocumentError> errors) {

    public MappedOrder {
        errors = List.copyOf(errors);
    }

    public boolean mapped() {
        return errors.isEmpty();
    }
}

package dev.tradehub.lifecycle;

/**
 * One fact of an order's life in Odoo that the partner is told of: the order confirmed (or cancelled before it was
 * answered), a delivery done, an invoice posted. Its key names the fact, so that it produces its document once.
 *
 * @param kind      the document it calls for
 * @param key       e.g. {@code SHIP_NOTICE:stock.picking:17}
 * @param order     the purchase order it belongs to
 * @param odooModel the Odoo record's model
 * @param odooId    the record's id
 * @param odooName  the record's name (S00027, WH/OUT/00012, INV/2026/00010)
 */
public record OrderFact(DocumentKind kind, String key, TrackedOrder order, String odooModel, long odooId,
        String odooName) {

    static OrderFact of(DocumentKind kind, TrackedOrder order, String odooModel, long odooId, String odooName) {
        return new OrderFact(kind, kind.name() + ":" + odooModel + ":" + odooId, order, odooModel, odooId, odooName);
    }
}

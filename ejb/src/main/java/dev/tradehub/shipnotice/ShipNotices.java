package dev.tradehub.shipnotice;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.ShipNotice;
import dev.tradehub.odoo.OdooRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Translator from a validated Odoo delivery to the ship notice of the order it fulfils: each done move is matched to
 * the buyer's line through its sale order line ({@code sale_line_id}; the sale order lines are in the order's line
 * order), and says the quantity shipped in this delivery, so a partial delivery and its backorder make one notice
 * each. Moves shipped as nothing are left out. Stateless.
 */
public final class ShipNotices {

    private ShipNotices() {
    }

    /**
     * The notice.
     *
     * @param ordered     the order as the buyer sent it
     * @param orderName   the sale order's name (our order reference)
     * @param saleLineIds the sale order's line ids in {@code sequence, id} order
     * @param picking     {@code stock.picking} with {@code name, date_done, shipping_weight}
     * @param moves       its {@code stock.move}s with {@code quantity, sale_line_id, state}
     * @param shipFrom    our warehouse's address, or null
     * @param shipTo      where it went (the order's ship-to as the buyer named it, else Odoo's), or null
     */
    public static ShipNotice from(CanonicalOrder ordered, String orderName, List<Long> saleLineIds, OdooRecord picking,
            List<OdooRecord> moves, Address shipFrom, Address shipTo) {
        List<ShipNotice.Line> lines = new ArrayList<>();
        for (OdooRecord move : moves) {
            BigDecimal shipped = move.decimal("quantity");
            int index = move.reference("sale_line_id") == null ? -1 : saleLineIds.indexOf(move.reference("sale_line_id"));
            if (shipped == null || shipped.signum() == 0 || "cancel".equals(move.text("state")) || index < 0
                    || index >= ordered.lines().size()) {
                continue;
            }
            OrderLine line = ordered.lines().get(index);
            lines.add(new ShipNotice.Line(line.lineNo() != null ? line.lineNo() : Integer.toString(index + 1), shipped,
                    line.qty(), line.uom(), line.upc(), line.vendorSku(), line.buyerSku()));
        }
        // Odoo computes the weight from the products' weights: 0 means none are set, not a weightless shipment.
        BigDecimal weight = picking.decimal("shipping_weight");
        return new ShipNotice(picking.name(), picking.dateTime("date_done"), ordered.poNumber(), ordered.poDate(),
                orderName, shipFrom, shipTo, null, null, weight == null || weight.signum() == 0 ? null : weight, lines);
    }
}

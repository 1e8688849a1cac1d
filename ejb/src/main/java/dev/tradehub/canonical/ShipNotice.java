package dev.tradehub.canonical;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A delivery as the partner is told of it (X12 856, EDIFACT DESADV): one shipment of one purchase order, its lines
 * with the quantities shipped, the buyer's identifiers echoed as sent.
 *
 * @param shipmentId     our shipment's identifier (the Odoo delivery's name, e.g. WH/OUT/00012)
 * @param shippedAt      when it left (the delivery's date_done)
 * @param poNumber       the buyer's purchase order number
 * @param poDate         its date, or null
 * @param orderReference our order reference (the sale order's name), or null
 * @param shipFrom       where it left from, or null
 * @param shipTo         where it goes, as the buyer named it, or null
 * @param carrier        the carrier's code or name, or null
 * @param trackingNumber the carrier's tracking reference, or null
 * @param grossWeightKg  the shipment's weight in kilograms, or null
 * @param lines          the lines shipped, in the order's line order
 */
public record ShipNotice(
        String shipmentId,
        LocalDateTime shippedAt,
        String poNumber,
        java.time.LocalDate poDate,
        String orderReference,
        Address shipFrom,
        Address shipTo,
        String carrier,
        String trackingNumber,
        BigDecimal grossWeightKg,
        List<Line> lines) {

    public ShipNotice {
        lines = List.copyOf(lines);
    }

    /**
     * One line shipped.
     *
     * @param lineNo     the buyer's line number as sent, or null
     * @param shippedQty the quantity in this shipment
     * @param orderedQty the quantity ordered
     * @param uom        the buyer's unit code as sent
     * @param upc        the GTIN / UPC as sent, or null
     * @param vendorSku  our part number as the buyer quoted it, or null
     * @param buyerSku   the buyer's part number as sent, or null
     */
    public record Line(String lineNo, BigDecimal shippedQty, BigDecimal orderedQty, String uom, String upc,
            String vendorSku, String buyerSku) {
    }
}

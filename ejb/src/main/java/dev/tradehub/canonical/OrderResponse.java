package dev.tradehub.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Our answer to a purchase order, whatever the standard it goes out in (X12 855, EDIFACT ORDRSP): what we accept of
 * it, line by line, with the buyer's own identifiers of each line echoed back as the buyer sent them.
 *
 * @param poNumber         the buyer's purchase order number
 * @param poDate           the order date the buyer gave, or null
 * @param orderReference   our reference for the order (the Odoo sale order's name), or null
 * @param responseDate     the date of this response
 * @param status           the answer to the order as a whole
 * @param currency         ISO 4217 code, or null
 * @param promisedShipDate the date we commit to ship (Odoo's commitment date), or null
 * @param lines            the answer per line, in the order's line order
 */
public record OrderResponse(
        String poNumber,
        LocalDate poDate,
        String orderReference,
        LocalDate responseDate,
        Status status,
        String currency,
        LocalDate promisedShipDate,
        List<Line> lines) {

    public OrderResponse {
        lines = List.copyOf(lines);
    }

    /** The answer to the order as a whole. */
    public enum Status {
        ACCEPTED, ACCEPTED_WITH_CHANGES, REJECTED
    }

    /** The answer to one line. */
    public enum LineStatus {
        ACCEPTED, QUANTITY_CHANGED, PRICE_CHANGED, REJECTED, BACKORDERED
    }

    /**
     * One line of the response.
     *
     * @param lineNo         the buyer's line number as sent, or null
     * @param orderedQty     the quantity ordered
     * @param confirmedQty   the quantity we confirm (0 when rejected)
     * @param uom            the buyer's unit code as sent
     * @param orderedPrice   the price the buyer gave, or null
     * @param confirmedPrice the price we confirm, or null
     * @param upc            the GTIN / UPC as sent, or null
     * @param vendorSku      our part number as the buyer quoted it, or null
     * @param buyerSku       the buyer's part number as sent, or null
     * @param status         the line's status
     * @param promisedShipDate the line's ship date when it differs from the order's, or null
     */
    public record Line(String lineNo, BigDecimal orderedQty, BigDecimal confirmedQty, String uom,
            BigDecimal orderedPrice, BigDecimal confirmedPrice, String upc, String vendorSku, String buyerSku,
            LineStatus status, LocalDate promisedShipDate) {
    }
}

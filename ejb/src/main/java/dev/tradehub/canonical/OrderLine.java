package dev.tradehub.canonical;

import java.math.BigDecimal;

/**
 * One line of a purchase order.
 *
 * @param lineNo      the line number as sent (PO101, LIN 1082), or null
 * @param qty         the ordered quantity
 * @param uom         the partner's unit of measure code as sent (EA, CA, PCE, KGM ...)
 * @param unitPrice   the unit price, or null when the document gives none
 * @param upc         the GTIN / UPC / EAN as sent
 * @param vendorSku   our part number as the buyer quotes it
 * @param buyerSku    the buyer's own part number
 * @param description the item description, or null
 */
public record OrderLine(
        String lineNo,
        BigDecimal qty,
        String uom,
        BigDecimal unitPrice,
        String upc,
        String vendorSku,
        String buyerSku,
        String description) {
}

package dev.tradehub.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A buyer's change to a purchase order it sent before (X12 860, EDIFACT ORDCHG), whatever the standard.
 *
 * @param poNumber          the purchase order it changes (X12 BCH03, EDIFACT RFF+ON or BGM 1004)
 * @param changeNumber      the buyer's number of this change (X12 BCH05, EDIFACT BGM 1004), or null
 * @param changeDate        when the buyer made the change (BCH06 / BCH11, DTM+137), or null
 * @param purpose           CHANGE, CANCEL (the whole order) or REPLACE (X12 BCH01 04/01/05, EDIFACT BGM 1225 4/1/5)
 * @param requestedShipDate a new requested ship or delivery date, or null when unchanged
 * @param lines             the changed lines, in document order
 */
public record OrderChange(
        String poNumber,
        String changeNumber,
        LocalDate changeDate,
        Purpose purpose,
        LocalDate requestedShipDate,
        List<LineChange> lines) implements CanonicalDocument {

    public OrderChange {
        lines = List.copyOf(lines);
    }

    /** What the change does to the order as a whole. */
    public enum Purpose { CHANGE, CANCEL, REPLACE }

    /** What a line change does. */
    public enum Action {
        /** A new line. */
        ADD,
        /** The line is cancelled (its quantity becomes 0: Odoo keeps the lines of a confirmed order). */
        CANCEL,
        /** The line's quantity, price or both change. */
        CHANGE
    }

    /**
     * One changed line, with its identifiers as the buyer sends them.
     *
     * @param lineNo    the buyer's line number (X12 POC01, EDIFACT LIN 1082): the line of the order it changes
     * @param action    what it does
     * @param qty       the line's new ordered quantity (X12 POC03, EDIFACT QTY+21), or null when unchanged
     * @param uom       the unit of {@code qty}
     * @param unitPrice the new unit price, or null when unchanged
     * @param upc       GTIN/UPC, or null
     * @param vendorSku our part number, or null
     * @param buyerSku  the buyer's part number, or null
     */
    public record LineChange(String lineNo, Action action, BigDecimal qty, String uom, BigDecimal unitPrice,
            String upc, String vendorSku, String buyerSku) {
    }
}

package dev.tradehub.canonical;

import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order as the buyer sent it, whatever the standard it came in.
 *
 * @param poNumber          the buyer's purchase order number (X12 BEG03, EDIFACT BGM 1004)
 * @param poDate            the order date
 * @param currency          ISO 4217 code, or null when the document does not say
 * @param buyer             the ordering party
 * @param shipTo            where the goods go, or null when the document names no ship-to
 * @param requestedShipDate the requested ship or delivery date, or null
 * @param lines             the order lines in document order
 * @param totalLines        the line count as computed from the lines (checked against CTT/CNT when sent)
 */
public record CanonicalOrder(
        String poNumber,
        LocalDate poDate,
        String currency,
        Party buyer,
        Address shipTo,
        LocalDate requestedShipDate,
        List<OrderLine> lines,
        int totalLines) implements CanonicalDocument {

    public CanonicalOrder {
        lines = List.copyOf(lines);
    }
}

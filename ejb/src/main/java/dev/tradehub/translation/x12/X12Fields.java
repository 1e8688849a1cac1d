package dev.tradehub.translation.x12;

import dev.tradehub.translation.spi.ItemIdKind;
import dev.tradehub.translation.spi.ItemIds;
import dev.tradehub.translation.spi.RankedDate;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;

/** Element readings the X12 readers (850, 860, 846) share: item identifier pairs and dates. */
final class X12Fields {

    private X12Fields() {
    }

    /** Product/service ID qualifiers (235): GTINs, our part numbers, the buyer's part numbers. */
    static ItemIdKind itemIdKind(String qualifier) {
        if (qualifier == null) {
            return null;
        }
        return switch (qualifier) {
            case "UP", "UK", "UA", "EN", "EA" -> ItemIdKind.UPC;
            case "VN", "VP", "VA" -> ItemIdKind.VENDOR_SKU;
            case "BP", "IN", "CB", "PI" -> ItemIdKind.BUYER_SKU;
            default -> null;
        };
    }

    /**
     * Reads the qualifier/ID pairs of a line segment (PO106/PO107 .., POC08/POC09 .., LIN02/LIN03 ..).
     *
     * @param first the element of the first qualifier
     * @param last  the element of the last qualifier (its ID follows it)
     */
    static void itemIdPairs(Segment s, int first, int last, ItemIds ids) {
        for (int e = first; e <= last && e < s.elementCount(); e += 2) {
            ids.add(itemIdKind(s.get(e)), s.get(e + 1));
        }
    }

    /**
     * Reads a DTM date (DTM02, CCYYMMDD; an invalid one is reported) and, in the header, offers it as requested
     * ship date: 010 (requested ship), else 002 (delivery requested), else 037 (ship not before).
     */
    static void dtm(TransactionContext context, Segment s, boolean header, RankedDate requestedShipDate) {
        int rank = switch (String.valueOf(s.get(1))) {
            case "010" -> 0;
            case "002" -> 1;
            case "037" -> 2;
            default -> -1;
        };
        var date = context.ccyymmdd(s, 2, null, "date");
        if (header) {
            requestedShipDate.offer(date, rank);
        }
    }
}

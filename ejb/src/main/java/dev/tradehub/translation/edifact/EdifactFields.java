package dev.tradehub.translation.edifact;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.translation.spi.EdiValues;
import dev.tradehub.translation.spi.ItemIdKind;
import dev.tradehub.translation.spi.ItemIds;
import dev.tradehub.translation.spi.LineBuilder;
import dev.tradehub.translation.spi.Messages;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Element readings the EDIFACT readers (ORDERS, ORDCHG, INVRPT) share: DTM dates, NAD names, LIN/PIA item
 * identifiers, IMD descriptions, QTY+21 and PRI prices.
 */
final class EdifactFields {

    private EdifactFields() {
    }

    /** C212 7143 item type codes: GTINs, the supplier's article number, the buyer's. */
    static ItemIdKind itemIdKind(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "EN", "UP", "SRV" -> ItemIdKind.UPC;
            case "SA" -> ItemIdKind.VENDOR_SKU;
            case "IN", "BP" -> ItemIdKind.BUYER_SKU;
            default -> null;
        };
    }

    /** LIN C212: item number (7140) and type (7143). */
    static void linId(Segment s, ItemIds ids) {
        ids.add(itemIdKind(s.get(3, 2)), s.get(3, 1));
    }

    /** PIA C212 (up to five): additional item numbers and their types. */
    static void piaIds(Segment s, ItemIds ids) {
        for (int e = 2; e <= 6 && e <= s.elementCount(); e++) {
            ids.add(itemIdKind(s.get(e, 2)), s.get(e, 1));
        }
    }

    /** IMD C273 item description (7008, its two parts joined), or null. */
    static String description(Segment s) {
        String text = s.get(3, 4);
        String more = s.get(3, 5);
        return text == null ? more : more == null ? text : text + ' ' + more;
    }

    /** NAD: C080 party name (its components joined), else the first line of C058 name and address. */
    static String partyName(Segment s) {
        String first = s.get(4, 1);
        if (first == null) {
            return s.get(3, 1);
        }
        StringBuilder name = null;
        for (int c = 2; c <= 5; c++) {
            String more = s.get(4, c);
            if (more != null) {
                name = name == null ? new StringBuilder(first) : name;
                name.append(' ').append(more);
            }
        }
        return name == null ? first : name.toString();
    }

    /** DTM 2005 requested delivery qualifiers: 2 (delivery requested), else 10 (shipment requested), else 64. */
    static int requestedShipRank(String qualifier) {
        return switch (qualifier) {
            case "2" -> 0;
            case "10" -> 1;
            case "64" -> 2;
            default -> -1;
        };
    }

    /**
     * DTM C507: 2380 in format 2379 (102 CCYYMMDD, 203 CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS); an unsupported
     * format or an invalid date is reported as INVALID_VALUE.
     *
     * @param requiredName the date as operators know it when a DTM without a value is an error
     *                     ("the order date (DTM+137)"), or null when it is not
     * @return the date, or null when absent or reported
     */
    static LocalDate date(TransactionContext context, Segment s, String requiredName) {
        String text = s.get(1, 2);
        String format = s.get(1, 3);
        if (text == null) {
            if (requiredName != null) {
                context.error(ErrorCategory.MISSING_MANDATORY, s, 1, 2, requiredName + " has no value");
            }
            return null;
        }
        String expected;
        LocalDate date;
        if (format == null || "102".equals(format)) {
            expected = "102 (CCYYMMDD)";
            date = EdiValues.ccyymmdd(text);
        } else if ("203".equals(format)) {
            expected = "203 (CCYYMMDDHHMM)";
            date = EdiValues.datePrefix(text, 12);
        } else if ("204".equals(format)) {
            expected = "204 (CCYYMMDDHHMMSS)";
            date = EdiValues.datePrefix(text, 14);
        } else {
            context.error(ErrorCategory.INVALID_VALUE, s, 1, 3, "date format " + Messages.quote(format)
                    + " of DTM+" + s.get(1, 1) + " is not supported: use 102, 203 or 204");
            return null;
        }
        if (date == null) {
            context.invalidDate(s, 1, 2, "DTM+" + s.get(1, 1) + " date", text, expected);
        }
        return date;
    }

    /** QTY+21 ordered quantity (6060, decimal comma allowed) and unit (6411) of a line; other QTYs are ignored. */
    static void orderedQuantity(TransactionContext context, Segment s, LineBuilder line) {
        if ("21".equals(s.get(1, 1))) {
            line.readQty(context, s, 1, 2, "ordered quantity", true, s.get(1, 3));
        }
    }

    /** The price of one line: PRI+AAA (net) wins over PRI+AAB (gross), whatever their order. */
    static final class LinePrice {
        private boolean net;

        /** Forgets the previous line's price. */
        void reset() {
            net = false;
        }

        /** Reads a PRI segment into {@code line} when it is the best price so far. */
        void offer(TransactionContext context, Segment s, LineBuilder line) {
            String qualifier = s.get(1, 1);
            boolean isNet = "AAA".equals(qualifier);
            if (isNet || ("AAB".equals(qualifier) && !net)) {
                BigDecimal price = line.readPrice(context, s, 1, 2, "price", true);
                if (price != null) {
                    line.unitPrice(price);
                    net = isNet;
                }
            }
        }
    }
}

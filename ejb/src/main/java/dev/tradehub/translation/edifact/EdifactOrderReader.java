package dev.tradehub.translation.edifact;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.spi.EdiValues;
import dev.tradehub.translation.spi.ItemIdKind;
import dev.tradehub.translation.spi.Messages;
import dev.tradehub.translation.spi.OrderBuilder;
import dev.tradehub.translation.spi.OrderBuilder.AddressBuilder;
import dev.tradehub.translation.spi.OrderBuilder.LineBuilder;
import dev.tradehub.translation.spi.OrderReaderBase;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Maps one EDIFACT ORDERS message (D96A, D01B) to a canonical order while its segments stream by.
 *
 * <p>BGM 1004 PO number; DTM+137 order date; DTM+2, else +10, else +64 requested date; CUX+2 currency; NAD+BY
 * buyer (else the group or interchange sender); NAD+DP (else NAD+ST) ship-to; LIN lines with C212 item ids,
 * PIA additional ids, IMD descriptions, QTY+21 quantity and unit, PRI+AAA (else AAB) price; CNT+2 checked
 * against the lines. Numbers accept a decimal comma. One instance per message.
 */
public final class EdifactOrderReader extends OrderReaderBase {

    /** Segments an ORDERS message may carry (D96A and D01B); anything else is an unknown segment. */
    static final Set<String> KNOWN_SEGMENTS = Set.of(
            "BGM", "DTM", "PAI", "ALI", "IMD", "FTX", "GIR", "RFF", "NAD", "LOC", "FII", "CTA", "COM", "DOC", "TAX",
            "MOA", "CUX", "PAT", "PCD", "MEA", "TDT", "TOD", "PAC", "PCI", "GIN", "SCC", "QTY", "RCS", "APR", "RNG",
            "EQD", "HAN", "DGS", "ALC", "LIN", "PIA", "QVR", "MTD", "PRI", "STG", "UNS", "CNT", "ARD", "CCI", "CAV",
            "DLM", "GEI", "RTE", "QUA", "SEQ", "GIS", "AJT", "INP", "EQA", "TCC", "CED", "RJL", "PGI", "GDS", "STS");

    private static final OrderBuilder.Vocabulary VOCABULARY =
            new OrderBuilder.Vocabulary("LIN", "QTY", null, "QTY+21 ordered quantity");

    private boolean orderDateReported;
    private boolean netPrice;

    public EdifactOrderReader(TransactionContext context, PartyId fallbackBuyer) {
        super(context, VOCABULARY, fallbackBuyer, "an EDIFACT ORDERS message", "BGM", "UNH", KNOWN_SEGMENTS);
    }

    @Override
    protected boolean map(Segment s) {
        switch (s.tag()) {
            case "BGM" -> poHeader(s, 2, 1, "BGM 1004");
            case "DTM" -> dtm(s);
            case "CUX" -> cux(s);
            case "NAD" -> nad(s);
            case "LIN" -> lin(s);
            case "PIA" -> pia(s);
            case "IMD" -> imd(s);
            case "QTY" -> qty(s);
            case "PRI" -> pri(s);
            case "UNS" -> uns(s);
            case "CNT" -> cnt(s);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void dtm(Segment s) {
        if (section == Section.DETAIL || section == Section.SUMMARY) {
            return; // line-level dates are not mapped yet
        }
        String qualifier = String.valueOf(s.get(1, 1));
        int rank = switch (qualifier) {
            case "137" -> -1;
            case "2" -> 0;
            case "10" -> 1;
            case "64" -> 2;
            default -> -2;
        };
        if (rank == -2) {
            return;
        }
        LocalDate date = date(s, qualifier);
        if (rank == -1) {
            if (date != null && order.poDate() == null) {
                order.poDate(date);
            }
        } else {
            order.requestedShipDate(date, rank);
        }
    }

    /** C507: 2380 in format 2379 (102 CCYYMMDD, 203 CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS). */
    private LocalDate date(Segment s, String qualifier) {
        String text = s.get(1, 2);
        String format = s.get(1, 3);
        if (text == null) {
            if ("137".equals(qualifier)) {
                orderDateReported = true;
                context.error(ErrorCategory.MISSING_MANDATORY, s, 1, 2, "the order date (DTM+137) has no value");
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
            if ("137".equals(qualifier)) {
                orderDateReported = true;
            }
            context.error(ErrorCategory.INVALID_VALUE, s, 1, 3, "date format " + Messages.quote(format)
                    + " of DTM+" + qualifier + " is not supported: use 102, 203 or 204");
            return null;
        }
        if (date == null) {
            if ("137".equals(qualifier)) {
                orderDateReported = true;
            }
            context.invalidDate(s, 1, 2, "DTM+" + qualifier + " date", text, expected);
        }
        return date;
    }

    private void cux(Segment s) {
        if (section == Section.START || section == Section.HEADER) {
            if ("2".equals(s.get(1, 1))) {
                order.currency(context.currency(s, 1, 2));
            }
        }
    }

    private void nad(Segment s) {
        if (section == Section.DETAIL || section == Section.SUMMARY) {
            return; // line-level parties are not mapped yet
        }
        String role = String.valueOf(s.get(1));
        String name = name(s);
        if ("BY".equals(role)) {
            if (!order.hasBuyer()) {
                order.buyer(new Party(s.get(2, 1), name));
            }
            return;
        }
        int rank = "DP".equals(role) ? 0 : "ST".equals(role) ? 1 : -1;
        if (rank >= 0) {
            AddressBuilder address = order.offerShipTo(rank);
            if (address != null) {
                address.id(s.get(2, 1));
                address.name(name);
                address.street(s.get(5, 1), s.get(5, 2));
                address.place(s.get(6), s.get(7, 1), s.get(8), s.get(9));
            }
        }
    }

    /** C080 party name (its components joined), else the first line of C058 name and address. */
    private static String name(Segment s) {
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

    private void lin(Segment s) {
        if (section == Section.SUMMARY) {
            context.unexpected(s, "segment LIN is out of place: lines must come before UNS");
            return;
        }
        section = Section.DETAIL;
        netPrice = false;
        LineBuilder line = order.newLine(s);
        line.lineNo(s.get(1));
        line.itemId(itemIdKind(s.get(3, 2)), s.get(3, 1));
    }

    private void pia(Segment s) {
        LineBuilder line = lineOf(s);
        if (line == null) {
            return;
        }
        for (int e = 2; e <= 6 && e <= s.elementCount(); e++) {
            line.itemId(itemIdKind(s.get(e, 2)), s.get(e, 1));
        }
    }

    private void imd(Segment s) {
        LineBuilder line = lineOf(s);
        if (line == null) {
            return;
        }
        String text = s.get(3, 4);
        String more = s.get(3, 5);
        line.description(text == null ? more : more == null ? text : text + ' ' + more);
    }

    private void qty(Segment s) {
        LineBuilder line = lineOf(s);
        if (line == null || !"21".equals(s.get(1, 1))) {
            return;
        }
        BigDecimal qty = context.number(s, 1, 2, "ordered quantity", true);
        if (qty == null && s.get(1, 2) != null) {
            line.qtyReported();
        }
        line.qty(qty, s.get(1, 3));
    }

    private void pri(Segment s) {
        LineBuilder line = lineOf(s);
        if (line == null) {
            return;
        }
        String qualifier = s.get(1, 1);
        boolean net = "AAA".equals(qualifier);
        if (net || ("AAB".equals(qualifier) && !netPrice)) {
            BigDecimal price = context.number(s, 1, 2, "price", true);
            if (price != null) {
                line.unitPrice(price);
                netPrice = net;
            }
        }
    }

    private void uns(Segment s) {
        if ("S".equals(s.get(1))) {
            section = Section.SUMMARY;
        }
    }

    private void cnt(Segment s) {
        if (!"2".equals(s.get(1, 1))) {
            return;
        }
        String text = s.get(1, 2);
        if (text == null) {
            return;
        }
        BigDecimal value = EdiValues.decimal(text, true);
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            context.error(ErrorCategory.INVALID_VALUE, s, 1, 2,
                    "the number of line items " + Messages.quote(text) + " is not a whole number");
            return;
        }
        order.declaredLineCount(value.intValue(), s, 1, 2);
    }

    /** The current line for a line-level segment, or null (ignored) when it comes outside the detail section. */
    private LineBuilder lineOf(Segment s) {
        return section == Section.DETAIL ? order.currentLine() : null;
    }

    @Override
    protected void finishHeader() {
        if (order.poDate() == null && !orderDateReported) {
            context.error(ErrorCategory.MISSING_MANDATORY, "DTM", "Transaction set " + context.controlNumber()
                    + " has no order date (DTM+137): it is mandatory");
        }
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
}

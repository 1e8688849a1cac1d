package dev.tradehub.translation.edifact;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.spi.OrderBuilder;
import dev.tradehub.translation.spi.OrderBuilder.AddressBuilder;
import dev.tradehub.translation.spi.LineBuilder;
import dev.tradehub.translation.spi.OrderReaderBase;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;
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
    private final EdifactFields.LinePrice price = new EdifactFields.LinePrice();

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
        if ("137".equals(qualifier)) {
            LocalDate date = EdifactFields.date(context, s, "the order date (DTM+137)");
            orderDateReported |= date == null;
            if (date != null && order.poDate() == null) {
                order.poDate(date);
            }
        } else if (EdifactFields.requestedShipRank(qualifier) >= 0) {
            order.requestedShipDate().offer(EdifactFields.date(context, s, null),
                    EdifactFields.requestedShipRank(qualifier));
        }
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
        String name = EdifactFields.partyName(s);
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

    private void lin(Segment s) {
        if (!detailLine(s, "UNS")) {
            return;
        }
        price.reset();
        LineBuilder line = order.newLine(s);
        line.lineNo(s.get(1));
        EdifactFields.linId(s, line.ids());
    }

    private void pia(Segment s) {
        LineBuilder line = lineOf(s);
        if (line == null) {
            return;
        }
        EdifactFields.piaIds(s, line.ids());
    }

    private void imd(Segment s) {
        LineBuilder line = lineOf(s);
        if (line == null) {
            return;
        }
        line.description(EdifactFields.description(s));
    }

    private void qty(Segment s) {
        LineBuilder line = lineOf(s);
        if (line != null) {
            EdifactFields.orderedQuantity(context, s, line);
        }
    }

    private void pri(Segment s) {
        LineBuilder line = lineOf(s);
        if (line != null) {
            price.offer(context, s, line);
        }
    }

    private void uns(Segment s) {
        if ("S".equals(s.get(1))) {
            section = Section.SUMMARY;
        }
    }

    private void cnt(Segment s) {
        if ("2".equals(s.get(1, 1))) {
            order.declaredLineCount().readNumber(context, s, 1, 2);
        }
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
}

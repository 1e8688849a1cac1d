package dev.tradehub.translation.x12;

import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.spi.OrderBuilder;
import dev.tradehub.translation.spi.OrderBuilder.AddressBuilder;
import dev.tradehub.translation.spi.LineBuilder;
import dev.tradehub.translation.spi.OrderReaderBase;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;
import java.util.Set;

/**
 * Maps one X12 850 purchase order (004010, 005010) to a canonical order while its segments stream by.
 *
 * <p>BEG03 PO number, BEG05 date; CUR02 when CUR01 is BY or SE; N1*BY buyer (else the GS02 sender);
 * N1*ST ship-to (else DA, else SN) with N3/N4; DTM 010, else 002, else 037 as requested ship date; PO1 lines
 * with their qualifier/value pairs, PID*F descriptions; CTT01 checked against the lines. One instance per
 * transaction set.
 */
public final class X12OrderReader extends OrderReaderBase {

    /** Segments an 850 may carry (004010 and 005010); anything else is an unknown segment. */
    static final Set<String> KNOWN_SEGMENTS = Set.of(
            "BEG", "CUR", "REF", "PER", "TAX", "FOB", "CTP", "PAM", "CSH", "TC2", "SAC", "ITD", "DIS", "INC", "DTM",
            "LDT", "LIN", "SI", "PID", "MEA", "PWK", "PKG", "TD1", "TD5", "TD3", "TD4", "MAN", "PCT", "CTB", "TXI",
            "AMT", "N9", "MSG", "N1", "N2", "N3", "N4", "NX2", "SPI", "ADV", "MTX", "LM", "LQ", "CB", "PO1", "PO3",
            "PO4", "QTY", "SCH", "SLN", "SDQ", "IT8", "FST", "ACK", "G53", "CTT", "LS", "LE", "GF", "NTE", "III",
            "G19", "G20", "G22", "G25", "G26", "G43", "G21", "FA1", "FA2", "PRS", "UIT");

    private static final OrderBuilder.Vocabulary VOCABULARY =
            new OrderBuilder.Vocabulary("PO1", "PO1", 2, "PO102 quantity");
    /** First PO1 element holding a product/service ID qualifier (PO106); pairs go on to PO124/PO125. */
    private static final int FIRST_ID_QUALIFIER = 6;
    private static final int LAST_ID_QUALIFIER = 24;

    private enum PartyRole { BUYER, SHIP_TO, OTHER }

    private PartyRole party = PartyRole.OTHER;
    private AddressBuilder address;

    public X12OrderReader(TransactionContext context, PartyId fallbackBuyer) {
        super(context, VOCABULARY, fallbackBuyer, "an X12 850 purchase order", "BEG", "ST", KNOWN_SEGMENTS);
    }

    @Override
    protected boolean map(Segment s) {
        String tag = s.tag();
        if (outOfSummary(s, "CTT", "AMT")) {
            return true;
        }
        switch (tag) {
            case "BEG" -> beg(s);
            case "CUR" -> cur(s);
            case "DTM" -> X12Fields.dtm(context, s, section != Section.DETAIL, order.requestedShipDate());
            case "N1" -> n1(s);
            case "N3" -> n3(s);
            case "N4" -> n4(s);
            case "PO1" -> po1(s);
            case "PID" -> pid(s);
            case "CTT" -> ctt(s);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void beg(Segment s) {
        if (!poHeader(s, 3, null, "BEG03")) {
            return;
        }
        context.required(s, 5, null, "the purchase order date (BEG05)");
        order.poDate(context.ccyymmdd(s, 5, null, "purchase order date"));
    }

    /** CUR in the header (a line-level CUR is not mapped). */
    private void cur(Segment s) {
        if (section == Section.DETAIL) {
            return;
        }
        String role = s.get(1);
        if ("BY".equals(role) || "SE".equals(role)) {
            order.currency(context.currency(s, 2, null));
        }
    }

    private void n1(Segment s) {
        party = PartyRole.OTHER;
        address = null;
        if (section == Section.DETAIL) {
            return; // line-level parties are not mapped yet
        }
        String role = String.valueOf(s.get(1));
        if ("BY".equals(role)) {
            if (!order.hasBuyer()) {
                order.buyer(new Party(s.get(4), s.get(2)));
                party = PartyRole.BUYER;
            }
            return;
        }
        int rank = switch (role) {
            case "ST" -> 0;
            case "DA" -> 1;
            case "SN" -> 2;
            default -> -1;
        };
        if (rank >= 0) {
            address = order.offerShipTo(rank);
            if (address != null) {
                party = PartyRole.SHIP_TO;
                address.name(s.get(2));
                address.id(s.get(4));
            }
        }
    }

    private void n3(Segment s) {
        if (party == PartyRole.SHIP_TO) {
            address.street(s.get(1), s.get(2));
        }
    }

    private void n4(Segment s) {
        if (party == PartyRole.SHIP_TO) {
            address.place(s.get(1), s.get(2), s.get(3), s.get(4));
        }
    }

    private void po1(Segment s) {
        section = Section.DETAIL;
        party = PartyRole.OTHER;
        LineBuilder line = order.newLine(s);
        line.lineNo(s.get(1));
        line.readQty(context, s, 2, null, "quantity", false, null);
        line.uom(s.get(3));
        line.unitPrice(line.readPrice(context, s, 4, null, "unit price", false));
        X12Fields.itemIdPairs(s, FIRST_ID_QUALIFIER, LAST_ID_QUALIFIER, line.ids());
    }

    private void pid(Segment s) {
        LineBuilder line = order.currentLine();
        if (line != null && section == Section.DETAIL && "F".equals(s.get(1))) {
            line.description(s.get(5));
        }
    }

    private void ctt(Segment s) {
        section = Section.SUMMARY;
        order.declaredLineCount().readWhole(context, s, 1);
    }
}

package dev.tradehub.translation.x12;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.OrderChange;
import dev.tradehub.canonical.OrderChange.Action;
import dev.tradehub.canonical.OrderChange.Purpose;
import dev.tradehub.translation.spi.DocumentReaderBase;
import dev.tradehub.translation.spi.LineBuilder;
import dev.tradehub.translation.spi.Messages;
import dev.tradehub.translation.spi.OrderBuilder;
import dev.tradehub.translation.spi.OrderChangeBuilder;
import dev.tradehub.translation.spi.OrderChangeBuilder.ChangeLine;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.TransactionContext;
import java.time.LocalDate;
import java.util.Set;

/**
 * Maps one X12 860 purchase order change (004010, 005010) to a canonical {@link OrderChange} while its segments
 * stream by.
 *
 * <p>BCH01 purpose (01 CANCEL, 04 CHANGE, 05 REPLACE); BCH03 PO number (mandatory); BCH05 change sequence number
 * as change number; BCH11 change request date, else BCH06 PO date, as change date; header DTM 010, else 002, else
 * 037 as new requested ship date; POC lines: POC01 line number (mandatory), POC02 change type (AI ADD; DI
 * CANCEL; CA, CB, CT, PC, PQ, QD, QI, RQ, RZ CHANGE), POC03 new total quantity, POC05 unit, POC06 unit price,
 * POC08/POC09 .. POC26/POC27 qualifier/ID pairs (UPC, vendor, buyer part numbers as in the 850); CTT01 checked
 * against the POC lines. One instance per transaction set.
 */
public final class X12OrderChangeReader extends DocumentReaderBase {

    /** Segments an 860 may carry (004010 and 005010); anything else is an unknown segment. */
    static final Set<String> KNOWN_SEGMENTS = Set.of(
            "BCH", "NTE", "CUR", "REF", "PER", "TAX", "FOB", "CTP", "PAM", "CSH", "SAC", "ITD", "DIS", "INC", "DTM",
            "LDT", "LIN", "SI", "PID", "MEA", "PWK", "PKG", "TD1", "TD5", "TD3", "TD4", "MAN", "TXI", "CTB", "N9",
            "MSG", "N1", "N2", "N3", "N4", "NX2", "LM", "LQ", "SPI", "CB", "ADV", "MTX", "POC", "PO3", "PO4", "IT8",
            "SDQ", "TC2", "PCT", "QTY", "SCH", "SLN", "AMT", "PRS", "G53", "LS", "LE", "FST", "UIT", "CTT");

    private static final OrderChangeBuilder.Vocabulary VOCABULARY = new OrderChangeBuilder.Vocabulary(
            new OrderBuilder.Vocabulary("POC", "POC", 3, "POC03 quantity"), "POC06 unit price", "DTM");
    /** First POC element holding a product/service ID qualifier (POC08); pairs go on to POC26/POC27. */
    private static final int FIRST_ID_QUALIFIER = 8;
    private static final int LAST_ID_QUALIFIER = 26;

    private final OrderChangeBuilder change;

    public X12OrderChangeReader(TransactionContext context) {
        super(context, "an X12 860 purchase order change", "BCH", "ST", KNOWN_SEGMENTS);
        this.change = new OrderChangeBuilder(context, VOCABULARY);
    }

    @Override
    protected boolean map(Segment s) {
        if (outOfSummary(s, "CTT", "AMT")) {
            return true;
        }
        switch (s.tag()) {
            case "BCH" -> bch(s);
            case "DTM" -> X12Fields.dtm(context, s, section != Section.DETAIL, change.requestedShipDate());
            case "POC" -> poc(s);
            case "CTT" -> {
                section = Section.SUMMARY;
                change.declaredLineCount().readWhole(context, s, 1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void bch(Segment s) {
        if (!header(s)) {
            return;
        }
        String purpose = context.required(s, 1, null, "the transaction set purpose (BCH01)");
        if (purpose != null) {
            change.purpose(purpose(s, purpose));
        }
        change.poNumber(context.required(s, 3, null, "the purchase order number (BCH03)"));
        change.changeNumber(s.get(5));
        LocalDate poDate = context.ccyymmdd(s, 6, null, "purchase order date");
        LocalDate requestDate = context.ccyymmdd(s, 11, null, "change request date");
        change.changeDate(requestDate != null ? requestDate : poDate);
    }

    private Purpose purpose(Segment s, String code) {
        return switch (code) {
            case "01" -> Purpose.CANCEL;
            case "04" -> Purpose.CHANGE;
            case "05" -> Purpose.REPLACE;
            default -> {
                context.error(ErrorCategory.INVALID_VALUE, s, 1, null, "transaction set purpose " + Messages.quote(code)
                        + " is not an order change: use 01 (cancellation), 04 (change) or 05 (replace)");
                yield null;
            }
        };
    }

    private void poc(Segment s) {
        section = Section.DETAIL;
        ChangeLine changed = change.newLine(s);
        LineBuilder line = changed.line();
        line.lineNo(context.required(s, 1, null, "the line number (POC01)"));
        String code = context.required(s, 2, null, "the change type (POC02)");
        if (code != null) {
            changed.action(action(s, code));
        }
        line.readQty(context, s, 3, null, "quantity", false, s.get(5));
        line.unitPrice(line.readPrice(context, s, 6, null, "unit price", false));
        X12Fields.itemIdPairs(s, FIRST_ID_QUALIFIER, LAST_ID_QUALIFIER, line.ids());
    }

    /** POC02 line change type (670). */
    private Action action(Segment s, String code) {
        return switch (code) {
            case "AI" -> Action.ADD;
            case "DI" -> Action.CANCEL;
            case "CA", "CB", "CT", "PC", "PQ", "QD", "QI", "RQ", "RZ" -> Action.CHANGE;
            default -> {
                context.error(ErrorCategory.INVALID_VALUE, s, 2, null, "change type " + Messages.quote(code)
                        + " is not supported: use AI (add), DI (delete) or CA, CB, CT, PC, PQ, QD, QI, RQ, RZ"
                        + " (change)");
                yield null;
            }
        };
    }

    @Override
    public OrderChange finish() {
        requireHeader("the purchase order number is mandatory");
        return change.build();
    }
}

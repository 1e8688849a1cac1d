package dev.tradehub.translation.edifact;

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
import java.util.Set;

/**
 * Maps one EDIFACT ORDCHG message (D96A, D01B) to a canonical {@link OrderChange} while its segments stream by.
 *
 * <p>BGM 1001 must be 230 (purchase order change request) when sent; BGM 1004 as change number, and as PO number
 * when there is no header RFF+ON; BGM 1225 purpose (1 CANCEL, 4 or 9 CHANGE, 5 REPLACE; absent CHANGE); header
 * RFF+ON (1154) as PO number; DTM+137 as change date; DTM+2, else +10, else +64 as new requested date; LIN lines:
 * 1082 line number (mandatory), 1229 action (1 ADD, 2 CANCEL, 3 CHANGE; absent CHANGE), C212 item id, PIA
 * additional ids, QTY+21 new quantity and unit, PRI+AAA (else AAB) price; CNT+2 checked against the lines.
 * Numbers accept a decimal comma. One instance per message.
 */
public final class EdifactOrderChangeReader extends DocumentReaderBase {

    /**
     * Segments an ORDCHG message may carry (D96A and D01B): those of ORDERS, whose segment groups ORDCHG repeats;
     * anything else is an unknown segment.
     */
    static final Set<String> KNOWN_SEGMENTS = EdifactOrderReader.KNOWN_SEGMENTS;

    private static final OrderChangeBuilder.Vocabulary VOCABULARY = new OrderChangeBuilder.Vocabulary(
            new OrderBuilder.Vocabulary("LIN", "QTY", null, "QTY+21 quantity"), "PRI price", "DTM");

    private final OrderChangeBuilder change;
    private final EdifactFields.LinePrice price = new EdifactFields.LinePrice();
    private String documentNumber;
    private int bgmPosition;

    public EdifactOrderChangeReader(TransactionContext context) {
        super(context, "an EDIFACT ORDCHG message", "BGM", "UNH", KNOWN_SEGMENTS);
        this.change = new OrderChangeBuilder(context, VOCABULARY);
    }

    @Override
    protected boolean map(Segment s) {
        LineBuilder line = section == Section.DETAIL && change.currentLine() != null ? change.currentLine().line()
                : null;
        switch (s.tag()) {
            case "BGM" -> bgm(s);
            case "RFF" -> {
                if (line == null && section != Section.SUMMARY && "ON".equals(s.get(1, 1))) {
                    change.poNumber(s.get(1, 2));
                }
            }
            case "DTM" -> dtm(s);
            case "LIN" -> lin(s);
            case "PIA" -> {
                if (line != null) {
                    EdifactFields.piaIds(s, line.ids());
                }
            }
            case "QTY" -> {
                if (line != null) {
                    EdifactFields.orderedQuantity(context, s, line);
                }
            }
            case "PRI" -> {
                if (line != null) {
                    price.offer(context, s, line);
                }
            }
            case "UNS" -> section = "S".equals(s.get(1)) ? Section.SUMMARY : section;
            case "CNT" -> {
                if ("2".equals(s.get(1, 1))) {
                    change.declaredLineCount().readNumber(context, s, 1, 2);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void bgm(Segment s) {
        if (!header(s)) {
            return;
        }
        bgmPosition = s.position();
        String name = s.get(1, 1);
        if (name != null && !"230".equals(name)) {
            context.error(ErrorCategory.INVALID_VALUE, s, 1, 1, "document name code " + Messages.quote(name)
                    + " is not an order change: ORDCHG expects 230 (purchase order change request)");
        }
        documentNumber = s.get(2, 1);
        change.changeNumber(documentNumber);
        String function = s.get(3);
        change.purpose(function == null ? Purpose.CHANGE : switch (function) {
            case "1" -> Purpose.CANCEL;
            case "4", "9" -> Purpose.CHANGE;
            case "5" -> Purpose.REPLACE;
            default -> {
                context.error(ErrorCategory.INVALID_VALUE, s, 3, null, "message function " + Messages.quote(function)
                        + " is not an order change: use 1 (cancellation), 4 or 9 (change) or 5 (replace)");
                yield null;
            }
        });
    }

    private void dtm(Segment s) {
        if (section == Section.DETAIL || section == Section.SUMMARY) {
            return; // line-level dates are not mapped
        }
        String qualifier = String.valueOf(s.get(1, 1));
        if ("137".equals(qualifier)) {
            change.changeDate(EdifactFields.date(context, s, "the change date (DTM+137)"));
        } else if (EdifactFields.requestedShipRank(qualifier) >= 0) {
            change.requestedShipDate().offer(EdifactFields.date(context, s, null),
                    EdifactFields.requestedShipRank(qualifier));
        }
    }

    private void lin(Segment s) {
        if (!detailLine(s, "UNS")) {
            return;
        }
        price.reset();
        ChangeLine changed = change.newLine(s);
        changed.line().lineNo(context.required(s, 1, null, "the line number (LIN 1082)"));
        String code = s.get(2);
        changed.action(code == null ? Action.CHANGE : switch (code) {
            case "1" -> Action.ADD;
            case "2" -> Action.CANCEL;
            case "3" -> Action.CHANGE;
            default -> {
                context.error(ErrorCategory.INVALID_VALUE, s, 2, null, "action " + Messages.quote(code)
                        + " is not supported: use 1 (added), 2 (deleted) or 3 (changed)");
                yield null;
            }
        });
        EdifactFields.linId(s, changed.line().ids());
    }

    @Override
    public OrderChange finish() {
        requireHeader("the purchase order number is mandatory");
        if (change.poNumber() == null) {
            change.poNumber(documentNumber);
        }
        if (headerSeen() && change.poNumber() == null) {
            context.error(ErrorCategory.MISSING_MANDATORY, "BGM", bgmPosition, 2, 1,
                    "the purchase order number (RFF+ON or BGM 1004) is missing");
        }
        return change.build();
    }
}

package dev.tradehub.translation.spi;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.OrderChange;
import dev.tradehub.canonical.OrderChange.Action;
import dev.tradehub.canonical.OrderChange.LineChange;
import dev.tradehub.canonical.OrderChange.Purpose;
import dev.tradehub.canonical.OrderLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Collects a purchase order change (X12 860, EDIFACT ORDCHG) while its segments stream by and, at the end,
 * checks what every change needs before building the {@link OrderChange}: an ADD line needs a quantity and an
 * item identifier, a CHANGE line a quantity or a price, a CANCEL line neither; a change or replacement of the
 * order needs at least one line or a new requested date (a cancellation of the whole order needs none); the
 * stated line count must match. Not thread-safe.
 */
public final class OrderChangeBuilder extends LinesBuilder.PurchaseOrderLines<OrderChangeBuilder.ChangeLine> {

    /**
     * How a standard names the places the shared checks point at.
     *
     * @param lines     the order vocabulary: line segment, quantity element and name
     * @param priceName the price as operators know it ("POC06 unit price", "PRI price")
     * @param dateTag   the segment that carries a changed date (DTM)
     */
    public record Vocabulary(OrderBuilder.Vocabulary lines, String priceName, String dateTag) {
    }

    /** One changed line: an order line and what the change does to it. */
    public static final class ChangeLine {
        private final LineBuilder line;
        private Action action;

        ChangeLine(LineBuilder line) {
            this.line = line;
        }

        public LineBuilder line() {
            return line;
        }

        /** What the change does; null (when the code was reported as invalid) skips the action's checks. */
        public void action(Action value) {
            action = value;
        }

        LineChange build() {
            OrderLine values = line.build();
            return new LineChange(values.lineNo(), action, values.qty(), values.uom(), values.unitPrice(),
                    values.upc(), values.vendorSku(), values.buyerSku());
        }
    }

    private final Vocabulary vocabulary;
    private String changeNumber;
    private LocalDate changeDate;
    private Purpose purpose;

    public OrderChangeBuilder(TransactionContext context, Vocabulary vocabulary) {
        super(context, vocabulary.lines().lineTag());
        this.vocabulary = vocabulary;
    }

    public void changeNumber(String value) {
        changeNumber = value;
    }

    public void changeDate(LocalDate value) {
        changeDate = value;
    }

    /** The purpose; null when it was reported as missing or invalid. */
    public void purpose(Purpose value) {
        purpose = value;
    }

    /** Starts a changed line at its line segment (POC, LIN). */
    public ChangeLine newLine(Segment segment) {
        return add(new ChangeLine(new LineBuilder(segment, nextOrdinal())));
    }

    /**
     * Runs the checks every order change needs and builds it.
     *
     * @return the change, or null when this or an earlier step recorded an error in the context
     */
    public OrderChange build() {
        String lineTag = vocabulary.lines().lineTag();
        if (!hasLines() && requestedShipDate().value() == null && purpose != null && purpose != Purpose.CANCEL) {
            context.error(ErrorCategory.MISSING_MANDATORY, lineTag, "Transaction set " + context.controlNumber()
                    + " changes nothing: a " + purpose.name().toLowerCase(Locale.ROOT) + " of the order"
                    + " needs at least one changed line (" + lineTag + ") or a new requested date ("
                    + vocabulary.dateTag() + ")");
        }
        if (!checked(null)) {
            return null;
        }
        return new OrderChange(poNumber(), changeNumber, changeDate, purpose, requestedShipDate().value(),
                built(ChangeLine::build));
    }

    @Override
    protected void checkLine(ChangeLine change) {
        LineBuilder line = change.line;
        if (change.action == Action.ADD) {
            OrderBuilder.requireQty(context, vocabulary.lines(), line);
            line.ids().require(context, line.tag(), line.position(), line.label() + " is added but");
        } else if (change.action == Action.CHANGE && line.qty() == null && line.unitPrice() == null
                && !line.qtyReported() && !line.priceReported()) {
            context.error(ErrorCategory.MISSING_MANDATORY, line.tag(), line.position(), null, null, line.label()
                    + " changes neither the " + vocabulary.lines().qtyName() + " nor the " + vocabulary.priceName()
                    + ": a changed line needs one of them");
        }
    }
}

package dev.tradehub.translation.spi;

import dev.tradehub.canonical.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the document builders share: the lines (order lines, changed lines, inventory items) in document order,
 * the line count the document states, and the final checks that run before the canonical document is built.
 * Not thread-safe.
 *
 * @param <L> the line being collected
 */
public abstract class LinesBuilder<L> {

    protected final TransactionContext context;
    private final String lineTag;
    private final List<L> lines = new ArrayList<>();
    private final DeclaredCount declaredLineCount = new DeclaredCount();

    /** @param lineTag the segment that starts a line (PO1, POC, LIN) */
    protected LinesBuilder(TransactionContext context, String lineTag) {
        this.context = context;
        this.lineTag = lineTag;
    }

    /** The line count the document states (CTT01, CNT+2), checked against the lines at the end. */
    public final DeclaredCount declaredLineCount() {
        return declaredLineCount;
    }

    /** The line being collected, or null before the first line. */
    public final L currentLine() {
        return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }

    /** The 1-based ordinal the next line gets (used in messages for a line without a number). */
    protected final int nextOrdinal() {
        return lines.size() + 1;
    }

    protected final L add(L line) {
        lines.add(line);
        return line;
    }

    protected final boolean hasLines() {
        return !lines.isEmpty();
    }

    /** Checks one line (called once per line by {@link #checked}). */
    protected abstract void checkLine(L line);

    /**
     * Runs the shared checks: at least one line, each line, the stated count.
     *
     * @param noLines what the document lacks without lines, after "Transaction set N " ("has no order line"),
     *                or null when a document may have no line
     * @return whether the document may be built (no error was recorded by this or an earlier step)
     */
    protected final boolean checked(String noLines) {
        if (lines.isEmpty() && noLines != null) {
            context.error(ErrorCategory.MISSING_MANDATORY, lineTag,
                    "Transaction set " + context.controlNumber() + " " + noLines);
        }
        for (L line : lines) {
            checkLine(line);
        }
        declaredLineCount.check(context, lines.size(), lineTag);
        return !context.hasErrors();
    }

    /** The lines built, in document order. */
    protected final <T> List<T> built(Function<? super L, T> build) {
        List<T> result = new ArrayList<>(lines.size());
        for (L line : lines) {
            result.add(build.apply(line));
        }
        return result;
    }

    /** A builder of a document about a purchase order: its number and a requested ship or delivery date. */
    public abstract static class PurchaseOrderLines<L> extends LinesBuilder<L> {
        private final RankedDate requestedShipDate = new RankedDate();
        private String poNumber;

        protected PurchaseOrderLines(TransactionContext context, String lineTag) {
            super(context, lineTag);
        }

        public final void poNumber(String value) {
            poNumber = value;
        }

        public final String poNumber() {
            return poNumber;
        }

        /** The requested ship date: the date of the best ranked qualifier wins. */
        public final RankedDate requestedShipDate() {
            return requestedShipDate;
        }
    }
}

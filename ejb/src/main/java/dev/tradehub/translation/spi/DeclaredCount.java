package dev.tradehub.translation.spi;

import dev.tradehub.canonical.ErrorCategory;
import java.math.BigDecimal;

/**
 * The line count a document states (X12 CTT01, EDIFACT CNT+2), remembered with its place and checked against
 * the lines actually sent at the end. Not thread-safe.
 */
public final class DeclaredCount {

    private int value = -1;
    private String tag;
    private int position;
    private Integer element;
    private Integer component;

    /** Reads X12 CTT01-style counts: digits only; anything else is INVALID_VALUE. */
    public void readWhole(TransactionContext context, Segment s, int element) {
        String text = s.get(element);
        if (text == null) {
            return;
        }
        int count = EdiValues.count(text);
        if (count < 0) {
            notWhole(context, s, element, null, text);
            return;
        }
        remember(count, s, element, null);
    }

    /** Reads EDIFACT CNT C270 6066: a number (decimal comma allowed) that must be whole. */
    public void readNumber(TransactionContext context, Segment s, int element, int component) {
        String text = s.get(element, component);
        if (text == null) {
            return;
        }
        BigDecimal number = EdiValues.decimal(text, true);
        if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            notWhole(context, s, element, component, text);
            return;
        }
        remember(number.intValue(), s, element, component);
    }

    /** Records a count already read. */
    public void remember(int count, Segment s, Integer countElement, Integer countComponent) {
        value = count;
        tag = s.tag();
        position = s.position();
        element = countElement;
        component = countComponent;
    }

    /** Reports INVALID_VALUE at the count when it differs from {@code actual} lines of {@code lineTag}. */
    public void check(TransactionContext context, int actual, String lineTag) {
        if (tag != null && value != actual) {
            context.error(ErrorCategory.INVALID_VALUE, tag, position, element, component,
                    "the document states " + value + " line items but contains " + actual + " " + lineTag + " lines");
        }
    }

    private static void notWhole(TransactionContext context, Segment s, int element, Integer component, String text) {
        context.error(ErrorCategory.INVALID_VALUE, s, element, component,
                "the number of line items " + Messages.quote(text) + " is not a whole number");
    }
}

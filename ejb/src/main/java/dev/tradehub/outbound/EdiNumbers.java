package dev.tradehub.outbound;

import java.math.BigDecimal;

/** Numbers as X12 (R) and EDIFACT (n) elements carry them: no exponent, no trailing zeros, a point as decimal mark. */
public final class EdiNumbers {

    private EdiNumbers() {
    }

    /** The element's text, or null for null. */
    public static String of(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}

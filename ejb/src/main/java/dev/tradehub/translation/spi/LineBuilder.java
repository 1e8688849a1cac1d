package dev.tradehub.translation.spi;

import dev.tradehub.canonical.OrderLine;
import java.math.BigDecimal;

/**
 * One order line being collected (an 850 PO1, an ORDERS LIN, a changed line of an 860 POC or ORDCHG LIN):
 * its number, quantity, unit, price, identifiers and description. Not thread-safe.
 */
public final class LineBuilder {

    private final String tag;
    private final int position;
    private final int ordinal;
    private final ItemIds ids = new ItemIds();
    private String lineNo;
    private BigDecimal qty;
    private boolean qtyReported;
    private String uom;
    private BigDecimal unitPrice;
    private boolean priceReported;
    private String description;

    LineBuilder(Segment segment, int ordinal) {
        this.tag = segment.tag();
        this.position = segment.position();
        this.ordinal = ordinal;
    }

    public void lineNo(String value) {
        this.lineNo = value;
    }

    public String lineNo() {
        return lineNo;
    }

    public BigDecimal qty() {
        return qty;
    }

    /** Sets the quantity and unit (the unit only when sent). */
    public void qty(BigDecimal value, String unit) {
        this.qty = value;
        if (unit != null) {
            this.uom = unit;
        }
    }

    /**
     * Reads the quantity at {@code element}.{@code component} with its unit; a value that is not a number is
     * reported (and then not reported again as missing).
     */
    public void readQty(TransactionContext context, Segment s, int element, Integer component, String what,
            boolean allowComma, String unit) {
        BigDecimal value = context.number(s, element, component, what, allowComma);
        if (value == null && s.get(element, component == null ? 1 : component) != null) {
            qtyReported = true;
        }
        qty(value, unit);
    }

    /** Whether the quantity was sent but could not be read (an error was recorded). */
    boolean qtyReported() {
        return qtyReported;
    }

    public void uom(String value) {
        this.uom = value;
    }

    public void unitPrice(BigDecimal value) {
        this.unitPrice = value;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** Reads the unit price at {@code element}.{@code component}, like {@link #readQty}. */
    public BigDecimal readPrice(TransactionContext context, Segment s, int element, Integer component, String what,
            boolean allowComma) {
        BigDecimal value = context.number(s, element, component, what, allowComma);
        if (value == null && s.get(element, component == null ? 1 : component) != null) {
            priceReported = true;
        }
        return value;
    }

    /** Whether the price was sent but could not be read (an error was recorded). */
    boolean priceReported() {
        return priceReported;
    }

    /** The line's item identifiers (the first of each kind wins). */
    public ItemIds ids() {
        return ids;
    }

    /** Sets the description unless an earlier segment already gave one. */
    public void description(String value) {
        if (description == null) {
            description = value;
        }
    }

    String tag() {
        return tag;
    }

    int position() {
        return position;
    }

    String uomValue() {
        return uom;
    }

    String label() {
        return "line " + (lineNo != null ? lineNo : "#" + ordinal);
    }

    OrderLine build() {
        return new OrderLine(lineNo, qty, uom, unitPrice, ids.upc(), ids.vendorSku(), ids.buyerSku(), description);
    }
}

package dev.tradehub.translation.spi;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a purchase order while its segments stream by and, at the end, checks what every order needs
 * (at least one line, a quantity and an item identifier per line, the sent line count) before building the
 * {@link CanonicalOrder}. Shared by the X12 850 and EDIFACT ORDERS readers; not thread-safe.
 */
public final class OrderBuilder {

    /**
     * How a standard names the places the shared checks point at.
     *
     * @param lineTag     the segment that starts a line (PO1, LIN)
     * @param qtyTag      the segment that holds the quantity (PO1, QTY)
     * @param qtyElement  the element of the quantity in the line segment, or null when it is in its own segment
     * @param qtyName     the quantity as operators know it ("PO102 quantity", "QTY+21 ordered quantity")
     */
    public record Vocabulary(String lineTag, String qtyTag, Integer qtyElement, String qtyName) {
    }

    /** One line being collected. */
    public static final class LineBuilder {
        private final String tag;
        private final int position;
        private final int ordinal;
        private String lineNo;
        private BigDecimal qty;
        private boolean qtyReported;
        private String uom;
        private BigDecimal unitPrice;
        private String upc;
        private String vendorSku;
        private String buyerSku;
        private String description;

        LineBuilder(String tag, int position, int ordinal) {
            this.tag = tag;
            this.position = position;
            this.ordinal = ordinal;
        }

        public void lineNo(String value) {
            this.lineNo = value;
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

        /** Notes that a problem with the quantity was already reported, so that it is not reported as missing. */
        public void qtyReported() {
            this.qtyReported = true;
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

        /** Fills the field for {@code kind} unless an earlier identifier already did. */
        public void itemId(ItemIdKind kind, String value) {
            if (value == null || kind == null) {
                return;
            }
            switch (kind) {
                case UPC -> upc = upc == null ? value : upc;
                case VENDOR_SKU -> vendorSku = vendorSku == null ? value : vendorSku;
                case BUYER_SKU -> buyerSku = buyerSku == null ? value : buyerSku;
                default -> throw new IllegalArgumentException(kind.name());
            }
        }

        /** Sets the description unless an earlier segment already gave one. */
        public void description(String value) {
            if (description == null) {
                description = value;
            }
        }

        String label() {
            return "line " + (lineNo != null ? lineNo : "#" + ordinal);
        }

        OrderLine build() {
            return new OrderLine(lineNo, qty, uom, unitPrice, upc, vendorSku, buyerSku, description);
        }
    }

    /** An address being collected, with the rank of the party role it came from (lower is better). */
    public static final class AddressBuilder {
        private final int rank;
        private String id;
        private String name;
        private String street;
        private String street2;
        private String city;
        private String state;
        private String zip;
        private String country;

        AddressBuilder(int rank) {
            this.rank = rank;
        }

        public void id(String value) {
            id = value;
        }

        public void name(String value) {
            name = value;
        }

        public void street(String first, String second) {
            if (street == null) {
                street = first;
                street2 = second;
            } else if (street2 == null) {
                street2 = first;
            }
        }

        /** City, state or province, postal code and country, each only when sent. */
        public void place(String cityValue, String stateValue, String zipValue, String countryValue) {
            city = cityValue != null ? cityValue : city;
            state = stateValue != null ? stateValue : state;
            zip = zipValue != null ? zipValue : zip;
            country = countryValue != null ? countryValue : country;
        }

        Address build() {
            return new Address(id, name, street, street2, city, state, zip, country);
        }
    }

    private final TransactionContext context;
    private final Vocabulary vocabulary;
    private final List<LineBuilder> lines = new ArrayList<>();
    private String poNumber;
    private LocalDate poDate;
    private String currency;
    private Party buyer;
    private AddressBuilder shipTo;
    private LocalDate requestedShipDate;
    private int requestedShipDateRank = Integer.MAX_VALUE;
    private int declaredLineCount = -1;
    private String countTag;
    private int countPosition;
    private Integer countElement;
    private Integer countComponent;

    public OrderBuilder(TransactionContext context, Vocabulary vocabulary) {
        this.context = context;
        this.vocabulary = vocabulary;
    }

    public void poNumber(String value) {
        poNumber = value;
    }

    public String poNumber() {
        return poNumber;
    }

    public void poDate(LocalDate value) {
        poDate = value;
    }

    public LocalDate poDate() {
        return poDate;
    }

    public void currency(String value) {
        currency = value;
    }

    public void buyer(Party value) {
        buyer = value;
    }

    public boolean hasBuyer() {
        return buyer != null;
    }

    /**
     * Offers a ship-to party of the given rank (0 = the preferred role).
     *
     * @return the address to fill, or null when a better ranked ship-to is already known
     */
    public AddressBuilder offerShipTo(int rank) {
        if (shipTo != null && shipTo.rank <= rank) {
            return null;
        }
        shipTo = new AddressBuilder(rank);
        return shipTo;
    }

    /** Keeps the requested date of the best rank (0 = the preferred qualifier). */
    public void requestedShipDate(LocalDate value, int rank) {
        if (value != null && rank < requestedShipDateRank) {
            requestedShipDate = value;
            requestedShipDateRank = rank;
        }
    }

    /** Starts a line at its line segment (PO1, LIN). */
    public LineBuilder newLine(Segment segment) {
        LineBuilder line = new LineBuilder(segment.tag(), segment.position(), lines.size() + 1);
        lines.add(line);
        return line;
    }

    /** The line being collected, or null before the first line. */
    public LineBuilder currentLine() {
        return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }

    /** Records the line count the document states (CTT01, CNT+2), checked against the lines at the end. */
    public void declaredLineCount(int value, Segment segment, Integer element, Integer component) {
        declaredLineCount = value;
        countTag = segment.tag();
        countPosition = segment.position();
        countElement = element;
        countComponent = component;
    }

    /**
     * Runs the checks every order needs and builds it.
     *
     * @return the order, or null when this or an earlier step recorded an error in the context
     */
    public CanonicalOrder build() {
        if (lines.isEmpty()) {
            context.error(ErrorCategory.MISSING_MANDATORY, vocabulary.lineTag(),
                    "Transaction set " + context.controlNumber() + " has no order line (no "
                            + vocabulary.lineTag() + " segment): at least one line is mandatory");
        }
        for (LineBuilder line : lines) {
            if (line.qty == null && !line.qtyReported) {
                context.error(ErrorCategory.MISSING_MANDATORY, line.tag, line.position, vocabulary.qtyElement(), null,
                        line.label() + " has no " + vocabulary.qtyName() + ": a quantity is mandatory");
            }
            if (line.upc == null && line.vendorSku == null && line.buyerSku == null) {
                context.error(ErrorCategory.MISSING_MANDATORY, line.tag, line.position, null, null,
                        line.label() + " has no item identifier: a GTIN/UPC, vendor part number or buyer part"
                                + " number is mandatory");
            }
        }
        if (countTag != null && declaredLineCount != lines.size()) {
            context.error(ErrorCategory.INVALID_VALUE, countTag, countPosition, countElement, countComponent,
                    "the document states " + declaredLineCount + " line items but contains " + lines.size()
                            + " " + vocabulary.lineTag() + " lines");
        }
        if (context.hasErrors()) {
            return null;
        }
        List<OrderLine> built = new ArrayList<>(lines.size());
        for (LineBuilder line : lines) {
            built.add(line.build());
        }
        return new CanonicalOrder(poNumber, poDate, currency, buyer, shipTo == null ? null : shipTo.build(),
                requestedShipDate, built, built.size());
    }
}

package dev.tradehub.translation.spi;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import java.time.LocalDate;
import java.util.List;

/**
 * Collects a purchase order while its segments stream by and, at the end, checks what every order needs
 * (at least one line, a quantity and an item identifier per line, the sent line count) before building the
 * {@link CanonicalOrder}. Shared by the X12 850 and EDIFACT ORDERS readers; not thread-safe.
 */
public final class OrderBuilder extends LinesBuilder.PurchaseOrderLines<LineBuilder> {

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

    private final Vocabulary vocabulary;
    private LocalDate poDate;
    private String currency;
    private Party buyer;
    private AddressBuilder shipTo;

    public OrderBuilder(TransactionContext context, Vocabulary vocabulary) {
        super(context, vocabulary.lineTag());
        this.vocabulary = vocabulary;
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

    /** Starts a line at its line segment (PO1, LIN). */
    public LineBuilder newLine(Segment segment) {
        return add(new LineBuilder(segment, nextOrdinal()));
    }

    /**
     * Runs the checks every order needs and builds it.
     *
     * @return the order, or null when this or an earlier step recorded an error in the context
     */
    public CanonicalOrder build() {
        if (!checked("has no order line (no " + vocabulary.lineTag() + " segment): at least one line is mandatory")) {
            return null;
        }
        List<OrderLine> built = built(LineBuilder::build);
        return new CanonicalOrder(poNumber(), poDate, currency, buyer, shipTo == null ? null : shipTo.build(),
                requestedShipDate().value(), built, built.size());
    }

    @Override
    protected void checkLine(LineBuilder line) {
        requireQty(context, vocabulary, line);
        line.ids().require(context, line.tag(), line.position(), line.label());
    }

    /** Reports MISSING_MANDATORY at a line that has no quantity (unless a bad one was reported already). */
    static void requireQty(TransactionContext context, Vocabulary vocabulary, LineBuilder line) {
        if (line.qty() == null && !line.qtyReported()) {
            context.error(ErrorCategory.MISSING_MANDATORY, line.tag(), line.position(), vocabulary.qtyElement(), null,
                    line.label() + " has no " + vocabulary.qtyName() + ": a quantity is mandatory");
        }
    }
}

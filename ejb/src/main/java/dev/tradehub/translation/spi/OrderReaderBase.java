package dev.tradehub.translation.spi;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import java.util.Set;

/**
 * What the X12 850 and EDIFACT ORDERS readers share beyond {@link DocumentReaderBase}: the purchase order
 * header segment (BEG, BGM) and its PO number, the buyer fallback to the envelope sender, and the final checks.
 * A subclass maps the segments of its standard. Not thread-safe.
 */
public abstract class OrderReaderBase extends DocumentReaderBase {

    protected final OrderBuilder order;
    private final PartyId fallbackBuyer;

    /**
     * @param documentName         the message type for messages: "an X12 850 purchase order"
     * @param headerTag            the purchase order header segment (BEG, BGM)
     * @param transactionHeaderTag the transaction header (ST, UNH)
     * @param knownSegments        every segment the message type may carry
     */
    protected OrderReaderBase(TransactionContext context, OrderBuilder.Vocabulary vocabulary, PartyId fallbackBuyer,
            String documentName, String headerTag, String transactionHeaderTag, Set<String> knownSegments) {
        super(context, documentName, headerTag, transactionHeaderTag, knownSegments);
        this.order = new OrderBuilder(context, vocabulary);
        this.fallbackBuyer = fallbackBuyer;
    }

    /**
     * Reads the purchase order header segment and its PO number.
     *
     * @return false when the segment is out of place (a second one, or not first) and was reported
     */
    protected final boolean poHeader(Segment s, int element, Integer component, String poNumberName) {
        if (!header(s)) {
            return false;
        }
        order.poNumber(context.required(s, element, component, "the purchase order number (" + poNumberName + ")"));
        return true;
    }

    /** Checks what the subclass requires beyond the shared checks (called once, before the order is built). */
    protected void finishHeader() {
    }

    @Override
    public final CanonicalOrder finish() {
        requireHeader("the purchase order number is mandatory");
        finishHeader();
        if (!order.hasBuyer() && fallbackBuyer != null) {
            order.buyer(new Party(fallbackBuyer.id(), null));
        }
        return order.build();
    }
}

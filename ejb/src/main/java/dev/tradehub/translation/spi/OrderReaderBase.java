package dev.tradehub.translation.spi;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Party;
import dev.tradehub.translation.PartyId;
import java.util.Set;

/**
 * What the X12 850 and EDIFACT ORDERS readers share: the section the message is in, the unknown-segment
 * check, the purchase order header segment (BEG, BGM) that must come once and first, the buyer fallback to the
 * envelope sender, and the final checks. A subclass maps the segments of its standard. Not thread-safe.
 */
public abstract class OrderReaderBase implements TransactionMapper {

    /** Where in the message the reader is. */
    protected enum Section {
        /** Right after the transaction header. */
        START,
        HEADER,
        /** After the first line segment. */
        DETAIL,
        /** After the summary marker (CTT, UNS+S). */
        SUMMARY
    }

    protected final TransactionContext context;
    protected final OrderBuilder order;
    protected Section section = Section.START;
    private final PartyId fallbackBuyer;
    private final Set<String> knownSegments;
    private final String documentName;
    private final String headerTag;
    private final String transactionHeaderTag;
    private boolean headerSeen;

    /**
     * @param documentName         the message type for messages: "an X12 850 purchase order"
     * @param headerTag            the purchase order header segment (BEG, BGM)
     * @param transactionHeaderTag the transaction header (ST, UNH)
     * @param knownSegments        every segment the message type may carry
     */
    protected OrderReaderBase(TransactionContext context, OrderBuilder.Vocabulary vocabulary, PartyId fallbackBuyer,
            String documentName, String headerTag, String transactionHeaderTag, Set<String> knownSegments) {
        this.context = context;
        this.order = new OrderBuilder(context, vocabulary);
        this.fallbackBuyer = fallbackBuyer;
        this.documentName = documentName;
        this.headerTag = headerTag;
        this.transactionHeaderTag = transactionHeaderTag;
        this.knownSegments = knownSegments;
    }

    @Override
    public final void segment(Segment s) {
        if (!map(s) && !knownSegments.contains(s.tag())) {
            context.unexpected(s, "unknown segment " + Messages.quote(s.tag()) + ": it is not part of " + documentName);
        }
        if (section == Section.START) {
            section = Section.HEADER;
        }
    }

    /**
     * Maps one body segment.
     *
     * @return false when the reader does not map this tag (it is then checked against the known segments)
     */
    protected abstract boolean map(Segment s);

    /**
     * Reads the purchase order header segment and its PO number.
     *
     * @return false when the segment is out of place (a second one, or not first) and was reported
     */
    protected final boolean poHeader(Segment s, int element, Integer component, String poNumberName) {
        if (headerSeen || section != Section.START) {
            context.unexpected(s, "segment " + s.tag() + " is out of place: it must come once, right after "
                    + transactionHeaderTag);
            return false;
        }
        headerSeen = true;
        String poNumber = s.get(element, component == null ? 1 : component);
        if (poNumber == null) {
            context.error(ErrorCategory.MISSING_MANDATORY, s, element, component,
                    "the purchase order number (" + poNumberName + ") is missing");
        }
        order.poNumber(poNumber);
        return true;
    }

    /** Checks what the subclass requires beyond the shared checks (called once, before the order is built). */
    protected void finishHeader() {
    }

    @Override
    public final CanonicalOrder finish() {
        if (!headerSeen) {
            context.error(ErrorCategory.MISSING_MANDATORY, headerTag, "Transaction set " + context.controlNumber()
                    + " has no " + headerTag + " segment: the purchase order number is mandatory");
        }
        finishHeader();
        if (!order.hasBuyer() && fallbackBuyer != null) {
            order.buyer(new Party(fallbackBuyer.id(), null));
        }
        return order.build();
    }
}

package dev.tradehub.translation.spi;

import dev.tradehub.canonical.ErrorCategory;
import java.util.Set;

/**
 * What every inbound document reader shares, whatever the document: the section the message is in, the
 * unknown-segment check, and the document's header segment (BEG, BCH, BIA, BGM) that must come once and first.
 * A subclass maps the segments of its document type. Not thread-safe.
 */
public abstract class DocumentReaderBase implements TransactionMapper {

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
    protected Section section = Section.START;
    private final Set<String> knownSegments;
    private final String documentName;
    private final String headerTag;
    private final String transactionHeaderTag;
    private boolean headerSeen;

    /**
     * @param documentName         the message type for messages: "an X12 850 purchase order"
     * @param headerTag            the document's header segment (BEG, BCH, BIA, BGM)
     * @param transactionHeaderTag the transaction header (ST, UNH)
     * @param knownSegments        every segment the message type may carry
     */
    protected DocumentReaderBase(TransactionContext context, String documentName, String headerTag,
            String transactionHeaderTag, Set<String> knownSegments) {
        this.context = context;
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
     * Accepts the document's header segment.
     *
     * @return false when the segment is out of place (a second one, or not first) and was reported
     */
    protected final boolean header(Segment s) {
        if (headerSeen || section != Section.START) {
            context.unexpected(s, "segment " + s.tag() + " is out of place: it must come once, right after "
                    + transactionHeaderTag);
            return false;
        }
        headerSeen = true;
        return true;
    }

    protected final boolean headerSeen() {
        return headerSeen;
    }

    /** Reports a document without its header segment; {@code consequence} says what is therefore missing. */
    protected final void requireHeader(String consequence) {
        if (!headerSeen) {
            context.error(ErrorCategory.MISSING_MANDATORY, headerTag, "Transaction set " + context.controlNumber()
                    + " has no " + headerTag + " segment: " + consequence);
        }
    }

    /**
     * Starts the detail section at a line segment, unless the summary has begun (EDIFACT: lines come before
     * UNS), which is reported.
     *
     * @return false when the line segment is out of place and was reported
     */
    protected final boolean detailLine(Segment s, String summaryTag) {
        if (section == Section.SUMMARY) {
            context.unexpected(s, "segment " + s.tag() + " is out of place: lines must come before " + summaryTag);
            return false;
        }
        section = Section.DETAIL;
        return true;
    }

    /**
     * Reports a segment after the summary marker that may not follow it (X12: only AMT may follow CTT).
     *
     * @param allowedTag the one tag allowed after the marker, or null for none
     * @return true when the segment was out of place and reported
     */
    protected final boolean outOfSummary(Segment s, String summaryTag, String allowedTag) {
        if (section != Section.SUMMARY || s.tag().equals(allowedTag)) {
            return false;
        }
        context.unexpected(s, "segment " + s.tag() + " is out of place: "
                + (allowedTag == null ? "nothing" : "only " + allowedTag) + " may follow " + summaryTag);
        return true;
    }
}

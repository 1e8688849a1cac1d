package dev.tradehub.translation.spi;

import dev.tradehub.canonical.CanonicalDocument;

/**
 * Turns the body segments of one transaction set into a canonical document, one segment at a time.
 * One instance per transaction set; not thread-safe.
 */
public interface TransactionMapper {

    /** Called for every segment between the header (ST, UNH) and the trailer (SE, UNT), in order. */
    void segment(Segment segment);

    /**
     * Called after the trailer: runs the document-level checks and builds the result.
     *
     * @return the canonical document, or null when errors were recorded in the transaction's context
     */
    CanonicalDocument finish();
}

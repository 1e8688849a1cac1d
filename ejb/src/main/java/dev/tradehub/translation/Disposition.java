package dev.tradehub.translation;

/** What translation decided for one transaction set. */
public enum Disposition {
    /** Valid and of a supported type: {@link TransactionSet#order()} holds the canonical document. */
    ACCEPTED,
    /** Readable, but errors make it unusable; the other transaction sets go on. */
    REJECTED,
    /** Valid envelope, but a document type TradeHub does not process yet (997, 860, 846, CONTRL ...). */
    UNSUPPORTED
}

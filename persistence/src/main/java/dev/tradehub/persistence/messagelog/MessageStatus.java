package dev.tradehub.persistence.messagelog;

/** Where a message stands. Every state but RECEIVED is terminal until a replay. */
public enum MessageStatus {
    /** Stored and queued; translation and orchestration have not finished. */
    RECEIVED,
    /** Every transaction set reached its goal (orders confirmed in Odoo). */
    COMPLETED,
    /** Some transaction sets reached their goal, others failed or were duplicates. */
    PARTIALLY_COMPLETED,
    /** Nothing could be done: the errors say why. */
    FAILED,
    /** The same interchange was received before: see {@code duplicateOf}. */
    DUPLICATE,
    /** Identified, but of a type TradeHub does not process yet. */
    UNSUPPORTED;

    public boolean isTerminal() {
        return this != RECEIVED;
    }
}

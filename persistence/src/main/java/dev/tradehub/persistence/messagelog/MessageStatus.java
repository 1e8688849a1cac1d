package dev.tradehub.persistence.messagelog;

/**
 * Where a message stands. Every state but RECEIVED, RETRY_SCHEDULED and SENDING is terminal until a replay. An
 * outbound message is SENDING until it is handed over (COMPLETED) or its delivery gives up (DEAD_LETTER).
 */
public enum MessageStatus {
    /** Stored and queued; translation and orchestration have not finished. */
    RECEIVED,
    /** An attempt failed for a passing reason (Odoo unreachable); the next one is scheduled. */
    RETRY_SCHEDULED,
    /** Every transaction set reached its goal (orders confirmed in Odoo). */
    COMPLETED,
    /** Some transaction sets reached their goal, others failed or were duplicates. */
    PARTIALLY_COMPLETED,
    /** Nothing could be done: the errors say why. */
    FAILED,
    /** The same interchange was received before: see {@code duplicateOf}. */
    DUPLICATE,
    /** Identified, but of a type TradeHub does not process yet. */
    UNSUPPORTED,
    /** Every attempt failed for a passing reason, or delivery itself failed: the dead letter channel holds it. */
    DEAD_LETTER,
    /** An outbound message on its way to the partner: its delivery state says how far. */
    SENDING;

    public boolean isTerminal() {
        return this != RECEIVED && this != RETRY_SCHEDULED && this != SENDING;
    }
}

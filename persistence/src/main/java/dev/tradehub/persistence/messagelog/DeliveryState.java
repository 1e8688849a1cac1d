package dev.tradehub.persistence.messagelog;

/** How far an outbound message is on its way to the partner. */
public enum DeliveryState {
    /** Written and committed; its delivery is queued. */
    QUEUED,
    /** In the partner's mailbox, waiting for the partner to fetch it and confirm its receipt. */
    AWAITING_PICKUP,
    /** Sent; the partner's receipt (an asynchronous AS2 MDN) is still to come. */
    AWAITING_RECEIPT,
    /** Handed over: written into the partner's folder, or its receipt confirmed from the mailbox. */
    DELIVERED,
    /** The last attempt failed (TRANSPORT); the next one is scheduled. */
    RETRY_SCHEDULED,
    /** Every attempt failed; a replay delivers it again. */
    DEAD_LETTER
}

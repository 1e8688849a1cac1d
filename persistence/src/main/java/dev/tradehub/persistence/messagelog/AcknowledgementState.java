package dev.tradehub.persistence.messagelog;

/** What the partner said of an outbound document that it acknowledges (none for acknowledgements themselves). */
public enum AcknowledgementState {
    /** Sent; the partner's acknowledgement is due by {@code ackDueAt}. */
    AWAITING_ACK,
    ACCEPTED,
    /** Accepted, with errors the partner reported. */
    ACCEPTED_WITH_ERRORS,
    /** Rejected as a whole, or in some of its transaction sets: the partner's errors are on the message. */
    REJECTED,
    /** No acknowledgement came within the partner's window. */
    OVERDUE
}

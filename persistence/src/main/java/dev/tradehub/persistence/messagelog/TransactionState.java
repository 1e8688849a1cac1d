package dev.tradehub.persistence.messagelog;

/** The business transaction's state machine: order received -> in Odoo -> confirmed ; an acknowledgement reconciled; a change applied; an inventory report stored; an outbound set sent -> acknowledged or rejected by the partner. */
public enum TransactionState {
    RECEIVED,
    /** The sale order exists in Odoo but is not confirmed yet. */
    IN_ODOO,
    CONFIRMED,
    FAILED,
    DUPLICATE,
    UNSUPPORTED,
    /** A partner's acknowledgement, matched to what we sent and applied to it. */
    RECONCILED,
    /** One of our outbound transaction sets, sent and not acknowledged yet. */
    SENT,
    /** One of our outbound transaction sets, accepted by the partner (with or without noted errors). */
    ACKNOWLEDGED,
    /** One of our outbound transaction sets, rejected by the partner. */
    REJECTED_BY_PARTNER,
    /** A buyer's change to its order, applied to the sale order in Odoo. */
    APPLIED,
    /** A partner's inventory report, stored. */
    STORED;

    /**
     * Whether the set reached its goal: an order confirmed in Odoo, an acknowledgement reconciled, a change applied,
     * an inventory report stored.
     */
    public boolean isSuccessful() {
        return this == CONFIRMED || this == RECONCILED || this == APPLIED || this == STORED;
    }
}

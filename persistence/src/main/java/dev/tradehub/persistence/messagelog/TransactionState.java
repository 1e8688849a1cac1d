package dev.tradehub.persistence.messagelog;

/** The business transaction's state machine: order received -> in Odoo -> confirmed (later: acknowledged, shipped, invoiced). */
public enum TransactionState {
    RECEIVED,
    /** The sale order exists in Odoo but is not confirmed yet. */
    IN_ODOO,
    CONFIRMED,
    FAILED,
    DUPLICATE,
    UNSUPPORTED;

    public boolean isSuccessful() {
        return this == CONFIRMED;
    }
}

package dev.tradehub.persistence.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A buyer's change to one of its orders and what became of it in Odoo. Its key (partner, PO, the change's own
 * number or content) makes a change sent again a duplicate; an applied change keeps the order as it now stands.
 */
@Entity
@Table(name = "order_change")
public class OrderChangeRecord {

    /** What Odoo made of the change. */
    public enum State {
        /** Odoo took it. */
        APPLIED,
        /** Odoo refused it (below the delivered quantity, a cancelled order ...); {@code detail} says why. */
        REFUSED
    }

    @Id
    @Column(name = "change_key")
    private String key;

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(name = "po_number", nullable = false)
    private String poNumber;

    @Column(name = "transaction_id", nullable = false)
    private long transactionId;

    @Column(name = "order_transaction_id")
    private Long orderTransactionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    private String detail;

    @Lob
    private String canonical;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    protected OrderChangeRecord() {
    }

    public OrderChangeRecord(String key, String partnerCode, String poNumber, long transactionId,
            Long orderTransactionId, State state, String detail, String canonical, LocalDateTime occurredAt) {
        this.key = key;
        this.partnerCode = partnerCode;
        this.poNumber = poNumber;
        this.transactionId = transactionId;
        this.orderTransactionId = orderTransactionId;
        this.state = state;
        this.detail = OrderDocument.bounded(detail);
        this.canonical = canonical;
        this.occurredAt = occurredAt;
    }

    public String getKey() {
        return key;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public long getTransactionId() {
        return transactionId;
    }

    public Long getOrderTransactionId() {
        return orderTransactionId;
    }

    public State getState() {
        return state;
    }

    public String getDetail() {
        return detail;
    }

    /** The order as it stands after the change (canonical JSON), when applied. */
    public String getCanonical() {
        return canonical;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }
}

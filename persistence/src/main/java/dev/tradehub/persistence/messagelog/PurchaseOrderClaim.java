package dev.tradehub.persistence.messagelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Purchase-order idempotency: one transaction owns a partner's PO number; any other transaction carrying the
 * same PO is a duplicate. The primary key makes the claim race-free.
 */
@Entity
@Table(name = "purchase_order")
@IdClass(PurchaseOrderClaim.Key.class)
public class PurchaseOrderClaim {

    @Id
    @Column(name = "partner_code")
    private String partnerCode;

    @Id
    @Column(name = "po_number")
    private String poNumber;

    @Column(name = "transaction_id", nullable = false)
    private long transactionId;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "claimed_at", nullable = false)
    private LocalDateTime claimedAt;

    protected PurchaseOrderClaim() {
    }

    public PurchaseOrderClaim(String partnerCode, String poNumber, long transactionId, String messageId,
            LocalDateTime claimedAt) {
        this.partnerCode = partnerCode;
        this.poNumber = poNumber;
        this.transactionId = transactionId;
        this.messageId = messageId;
        this.claimedAt = claimedAt;
    }

    public long getTransactionId() {
        return transactionId;
    }

    public String getMessageId() {
        return messageId;
    }

    /** The composite key: partner and PO number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partnerCode;
        private String poNumber;

        public Key() {
        }

        public Key(String partnerCode, String poNumber) {
            this.partnerCode = partnerCode;
            this.poNumber = poNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(partnerCode, key.partnerCode)
                    && Objects.equals(poNumber, key.poNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerCode, poNumber);
        }
    }
}

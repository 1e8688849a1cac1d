package dev.tradehub.persistence.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A document the life of an order produced from one Odoo fact (the order confirmed, a delivery done, an invoice
 * posted): its key names the fact, so the same fact seen twice produces its document once. A document that could
 * not be written is kept FAILED with the reason, and is visible on the order's timeline.
 */
@Entity
@Table(name = "order_document")
public class OrderDocument {

    /** What became of the fact. */
    public enum State {
        /** The document was issued ({@code message_id} is the outbound message). */
        ISSUED,
        /** The partner's profile does not want this document. */
        NOT_WANTED,
        /** The document could not be written; {@code detail} says why. */
        FAILED,
        /**
         * Expected and not issued by its due time, with no fact from Odoo yet (an order Odoo has not confirmed
         * within the partner's hours); issued when the fact comes.
         */
        AWAITED;

        /** Whether the fact is dealt with for good: its document issued, or not wanted. */
        public boolean isSettled() {
            return SETTLED.contains(this);
        }

        /** The states of a fact dealt with for good. */
        public static final List<State> SETTLED = List.of(ISSUED, NOT_WANTED);
    }

    @Id
    @Column(name = "document_key")
    private String key;

    @Column(nullable = false)
    private String kind;

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(name = "po_number", nullable = false)
    private String poNumber;

    @Column(name = "transaction_id", nullable = false)
    private long transactionId;

    @Column(name = "odoo_model", nullable = false)
    private String odooModel;

    @Column(name = "odoo_id", nullable = false)
    private long odooId;

    @Column(name = "odoo_name")
    private String odooName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "message_id")
    private String messageId;

    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(name = "overdue_at")
    private LocalDateTime overdueAt;

    protected OrderDocument() {
    }

    public OrderDocument(String key, String kind, String partnerCode, String poNumber, long transactionId,
            String odooModel, long odooId, String odooName, State state, String messageId, String detail,
            LocalDateTime occurredAt, LocalDateTime dueAt) {
        this.key = key;
        this.kind = kind;
        this.partnerCode = partnerCode;
        this.poNumber = poNumber;
        this.transactionId = transactionId;
        this.odooModel = odooModel;
        this.odooId = odooId;
        this.odooName = odooName;
        this.state = state;
        this.messageId = messageId;
        this.detail = OrderDocument.bounded(detail);
        this.occurredAt = occurredAt;
        this.dueAt = dueAt;
    }

    /**
     * Dealt with after all (a FAILED or AWAITED one, when Odoo wrote the record again): issued, or not wanted.
     */
    public void settle(State settledState, String issuedMessageId, String newDetail, LocalDateTime at) {
        if (!settledState.isSettled()) {
            throw new IllegalArgumentException(settledState + " does not settle a document");
        }
        this.state = settledState;
        this.messageId = issuedMessageId;
        this.detail = OrderDocument.bounded(newDetail);
        this.occurredAt = at;
    }

    /** Failed (again): the due time stays the first one, the partner's clock does not restart. */
    public void failed(String newDetail, LocalDateTime at, LocalDateTime dueIfFirst) {
        this.state = State.FAILED;
        this.detail = OrderDocument.bounded(newDetail);
        this.occurredAt = at;
        if (dueAt == null) {
            dueAt = dueIfFirst;
        }
    }

    /** Flagged overdue (once): not issued by {@link #getDueAt()}. */
    public void markOverdue(LocalDateTime at) {
        this.overdueAt = at;
    }

    /** A detail as its column holds it: at most 2,000 characters, cut with an ellipsis. */
    public static String bounded(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    public String getKey() {
        return key;
    }

    public String getKind() {
        return kind;
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

    public String getOdooModel() {
        return odooModel;
    }

    public long getOdooId() {
        return odooId;
    }

    public String getOdooName() {
        return odooName;
    }

    public State getState() {
        return state;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    /** When the partner expects the document (its service level), or null when none applies. */
    public LocalDateTime getDueAt() {
        return dueAt;
    }

    /** When it was flagged overdue, or null. */
    public LocalDateTime getOverdueAt() {
        return overdueAt;
    }
}

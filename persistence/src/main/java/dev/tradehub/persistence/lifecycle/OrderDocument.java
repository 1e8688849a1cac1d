package dev.tradehub.persistence.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

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
        FAILED
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

    protected OrderDocument() {
    }

    public OrderDocument(String key, String kind, String partnerCode, String poNumber, long transactionId,
            String odooModel, long odooId, String odooName, State state, String messageId, String detail,
            LocalDateTime occurredAt) {
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
    }

    /** The document was issued after all (a FAILED one, tried again when Odoo wrote the record again). */
    public void issued(String issuedMessageId, String newDetail, LocalDateTime at) {
        this.state = State.ISSUED;
        this.messageId = issuedMessageId;
        this.detail = newDetail;
        this.occurredAt = at;
    }

    public void failedAgain(String newDetail, LocalDateTime at) {
        this.state = State.FAILED;
        this.detail = OrderDocument.bounded(newDetail);
        this.occurredAt = at;
    }

    /** A detail as its column holds it: at most 2,000 characters, cut with an ellipsis. */
    static String bounded(String detail) {
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
}

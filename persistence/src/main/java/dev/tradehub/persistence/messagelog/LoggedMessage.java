package dev.tradehub.persistence.messagelog;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One document as received, and what became of it; or one document we send (direction OUTBOUND), how far its
 * delivery is and what the partner acknowledged of it.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = LoggedMessage.BY_PAYLOAD_HASHES,
        query = "SELECT m.id, m.payloadSha256 FROM LoggedMessage m WHERE m.payloadSha256 IN :hashes")
public class LoggedMessage {

    public static final String BY_PAYLOAD_HASHES = "LoggedMessage.byPayloadHashes";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(nullable = false)
    private String channel;

    /** The sender's own name for it: a file's name, an AS2 Message-ID, a JMS correlation id; or null. */
    @Column(name = "sender_reference", length = 998)
    private String senderReference;

    @Column(name = "content_type")
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] payload;

    @Column(name = "payload_size", nullable = false)
    private long payloadSize;

    @Column(name = "payload_truncated", nullable = false)
    private boolean payloadTruncated;

    @Column(name = "payload_sha256", nullable = false, length = 64)
    private String payloadSha256;

    @Column(name = "partner_hint")
    private String partnerHint;

    @Column(name = "sent_as")
    private String sentAs;

    @Column(name = "partner_code")
    private String partnerCode;

    private String standard;

    @Column(name = "syntax_version")
    private String syntaxVersion;

    @Column(name = "doc_type")
    private String docType;

    private String sender;

    private String receiver;

    @Column(name = "interchange_control")
    private String interchangeControl;

    @Column(name = "test_indicator", nullable = false)
    private boolean testIndicator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;

    @Column(name = "error_category")
    private String errorCategory;

    @Column(name = "duplicate_of", length = 36)
    private String duplicateOf;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Direction direction = Direction.INBOUND;

    @Column(name = "answers_message_id", length = 36)
    private String answersMessageId;

    private String transport;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_state")
    private DeliveryState deliveryState;

    @Column(name = "delivery_attempts", nullable = false)
    private int deliveryAttempts;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ack_state")
    private AcknowledgementState acknowledgementState;

    @Column(name = "ack_due_at")
    private LocalDateTime acknowledgementDueAt;

    @Column(name = "acknowledged_by", length = 36)
    private String acknowledgedBy;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LoggedTransaction> transactions = new ArrayList<>();

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MessageError> errors = new ArrayList<>();

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    protected LoggedMessage() {
    }

    public LoggedMessage(String id, LocalDateTime receivedAt, String channel, String contentType, byte[] payload,
            long payloadSize, boolean payloadTruncated, String payloadSha256, String partnerHint) {
        this.id = id;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
        this.channel = channel;
        this.contentType = contentType;
        this.payload = payload;
        this.payloadSize = payloadSize;
        this.payloadTruncated = payloadTruncated;
        this.payloadSha256 = payloadSha256;
        this.partnerHint = partnerHint;
        this.status = MessageStatus.RECEIVED;
    }

    /**
     * A document we send: written, committed with what caused it, and queued for delivery.
     *
     * @param answersMessageId the inbound message it answers, or null
     * @param acknowledgementDue when the partner's acknowledgement is due, or null when none is expected
     */
    public static LoggedMessage outbound(String id, LocalDateTime at, String transport, String contentType,
            byte[] payload, String payloadSha256, String partnerCode, String answersMessageId,
            LocalDateTime acknowledgementDue) {
        LoggedMessage message = new LoggedMessage(id, at, transport.toLowerCase(java.util.Locale.ROOT), contentType,
                payload, payload.length, false, payloadSha256, null);
        message.direction = Direction.OUTBOUND;
        message.partnerCode = partnerCode;
        message.transport = transport;
        message.answersMessageId = answersMessageId;
        message.status = MessageStatus.SENDING;
        message.deliveryState = DeliveryState.QUEUED;
        if (acknowledgementDue != null) {
            message.acknowledgementState = AcknowledgementState.AWAITING_ACK;
            message.acknowledgementDueAt = acknowledgementDue;
        }
        return message;
    }

    /** Counts one more delivery attempt; returns the new count. */
    public int countDeliveryAttempt() {
        deliveryAttempts = deliveryAttempts + 1;
        return deliveryAttempts;
    }

    /**
     * Moves the delivery on; the message is SENDING while the delivery is queued or retried, COMPLETED once handed
     * over (or in the mailbox), DEAD_LETTER when it gave up.
     */
    public void moveDeliveryTo(DeliveryState state, String newErrorCategory, LocalDateTime at) {
        this.deliveryState = state;
        this.updatedAt = at;
        this.errorCategory = newErrorCategory;
        this.status = switch (state) {
            case QUEUED, RETRY_SCHEDULED, AWAITING_RECEIPT -> MessageStatus.SENDING;
            case AWAITING_PICKUP, DELIVERED -> MessageStatus.COMPLETED;
            case DEAD_LETTER -> MessageStatus.DEAD_LETTER;
        };
        if (state == DeliveryState.DELIVERED) {
            this.deliveredAt = at;
        }
        if (state == DeliveryState.QUEUED) {
            this.deliveryAttempts = 0;
        }
    }

    /** Records what the partner acknowledged, from the acknowledgement in message {@code acknowledgementId}. */
    public void acknowledge(AcknowledgementState state, String acknowledgementId, LocalDateTime at) {
        this.acknowledgementState = state;
        this.acknowledgedBy = acknowledgementId;
        this.updatedAt = at;
    }

    /** No acknowledgement came in time. */
    public void markAcknowledgementOverdue(LocalDateTime at) {
        this.acknowledgementState = AcknowledgementState.OVERDUE;
        this.updatedAt = at;
    }

    /** Records the envelope facts read by translation. */
    public void identify(String standard, String syntaxVersion, String docType, String sender, String receiver,
            String interchangeControl, boolean testIndicator) {
        this.standard = standard;
        this.syntaxVersion = syntaxVersion;
        this.docType = docType;
        this.sender = sender;
        this.receiver = receiver;
        this.interchangeControl = interchangeControl;
        this.testIndicator = testIndicator;
    }

    public void moveTo(MessageStatus newStatus, String newErrorCategory, LocalDateTime at) {
        this.status = newStatus;
        this.errorCategory = newErrorCategory;
        this.updatedAt = at;
        this.nextAttemptAt = null;
    }

    /** Another attempt is due at {@code due}. */
    public void scheduleRetry(LocalDateTime due, LocalDateTime at) {
        this.status = MessageStatus.RETRY_SCHEDULED;
        this.nextAttemptAt = due;
        this.updatedAt = at;
    }

    public void markDuplicateOf(String firstMessageId) {
        this.duplicateOf = firstMessageId;
    }

    public void assignPartner(String code) {
        this.partnerCode = code;
    }

    /** Counts one more processing attempt; returns the new count. */
    public int countAttempt() {
        attempts = attempts + 1;
        return attempts;
    }

    /**
     * Forgets the outcome of earlier attempts so that a replay starts again from translation with a fresh retry
     * budget. The timeline and the transactions (with the Odoo records they became) stay.
     */
    public void resetForReplay(LocalDateTime at) {
        errors.clear();
        this.status = MessageStatus.RECEIVED;
        this.errorCategory = null;
        this.duplicateOf = null;
        this.attempts = 0;
        this.nextAttemptAt = null;
        this.updatedAt = at;
    }

    public LoggedTransaction addTransaction(LoggedTransaction transaction) {
        transactions.add(transaction);
        return transaction;
    }

    public void addError(MessageError error) {
        errors.add(error);
    }

    public void addTimelineEntry(TimelineEntry entry) {
        timeline.add(entry);
    }

    public String getId() {
        return id;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getSenderReference() {
        return senderReference;
    }

    public void senderReference(String reference) {
        this.senderReference = reference;
    }

    public String getChannel() {
        return channel;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getPayload() {
        return payload;
    }

    public long getPayloadSize() {
        return payloadSize;
    }

    public boolean isPayloadTruncated() {
        return payloadTruncated;
    }

    public String getPayloadSha256() {
        return payloadSha256;
    }

    public String getPartnerHint() {
        return partnerHint;
    }

    /** The partner whose credentials sent this message, or null when an internal system or person did. */
    public String getSentAs() {
        return sentAs;
    }

    public void sentAs(String partnerCode) {
        this.sentAs = partnerCode;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public String getStandard() {
        return standard;
    }

    public String getSyntaxVersion() {
        return syntaxVersion;
    }

    public String getDocType() {
        return docType;
    }

    public String getSender() {
        return sender;
    }

    public String getReceiver() {
        return receiver;
    }

    public String getInterchangeControl() {
        return interchangeControl;
    }

    public boolean isTestIndicator() {
        return testIndicator;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getErrorCategory() {
        return errorCategory;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getAnswersMessageId() {
        return answersMessageId;
    }

    public String getTransport() {
        return transport;
    }

    public DeliveryState getDeliveryState() {
        return deliveryState;
    }

    public int getDeliveryAttempts() {
        return deliveryAttempts;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public AcknowledgementState getAcknowledgementState() {
        return acknowledgementState;
    }

    public LocalDateTime getAcknowledgementDueAt() {
        return acknowledgementDueAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public List<LoggedTransaction> getTransactions() {
        return transactions;
    }

    public List<MessageError> getErrors() {
        return errors;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }
}

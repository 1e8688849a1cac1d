package dev.tradehub.messagelog;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A message as the API and the admin UI show it. Field names are part of the public API. {@code answers} is the
 * inbound message an outbound one answers, {@code answeredBy} the outbound messages that answer this one (its
 * acknowledgements), {@code acknowledges} the outbound messages a partner's acknowledgement reconciled, and
 * {@code outbound} how far an outbound message is (null for inbound ones). {@code senderReference} is the sender's
 * own name for the document (a file's name, an AS2 Message-ID, a JMS correlation id).
 */
public record MessageView(
        String id,
        LocalDateTime receivedAt,
        LocalDateTime updatedAt,
        String channel,
        String senderReference,
        String contentType,
        long payloadSize,
        boolean payloadTruncated,
        String partner,
        String standard,
        String version,
        String docType,
        String sender,
        String receiver,
        String interchangeControl,
        boolean test,
        String status,
        String errorCategory,
        String duplicateOf,
        int attempts,
        LocalDateTime nextAttemptAt,
        List<ErrorView> errors,
        List<TransactionView> transactions,
        List<TimelineView> timeline,
        String direction,
        String answers,
        List<String> answeredBy,
        List<String> acknowledges,
        Outbound outbound) {

    /**
     * Delivery and acknowledgement of an outbound message.
     *
     * @param transport           MAILBOX or FOLDER
     * @param delivery            QUEUED, AWAITING_PICKUP, DELIVERED, RETRY_SCHEDULED or DEAD_LETTER
     * @param deliveryAttempts    attempts so far
     * @param deliveredAt         when it was handed over
     * @param acknowledgement     AWAITING_ACK, ACCEPTED, ACCEPTED_WITH_ERRORS, REJECTED or OVERDUE; null when no
     *                            acknowledgement is expected (acknowledgements themselves)
     * @param acknowledgementDue  when the partner's acknowledgement is due
     * @param acknowledgedBy      the partner's acknowledgement (an inbound message)
     */
    public record Outbound(String transport, String delivery, int deliveryAttempts, LocalDateTime deliveredAt,
            String acknowledgement, LocalDateTime acknowledgementDue, String acknowledgedBy) {
    }

    /** One categorised, located error. */
    public record ErrorView(String category, String transaction, String segment, Integer segmentPosition,
            Integer element, Integer component, String message) {
    }

    /** One transaction set: its canonical document (JSON text) and the Odoo record it became. */
    public record TransactionView(int position, String controlNumber, String groupControlNumber, String docType,
            String version, String poNumber, String canonicalJson, String state, String errorCategory,
            OdooRecordView odoo, LocalDateTime updatedAt) {
    }

    /** The Odoo record a transaction became. */
    public record OdooRecordView(String model, Long id, String name) {
    }

    /** One event of the timeline. */
    public record TimelineView(LocalDateTime at, String event, String detail) {
    }
}

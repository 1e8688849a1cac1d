package dev.tradehub.messagelog;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A message as the API and the admin UI show it. Field names are part of the public API.
 */
public record MessageView(
        String id,
        LocalDateTime receivedAt,
        LocalDateTime updatedAt,
        String channel,
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
        List<TimelineView> timeline) {

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

package dev.tradehub.messagelog;

import java.time.LocalDateTime;

/** A message in a list: enough to find it and see how it stands. */
public record MessageSummary(String id, LocalDateTime receivedAt, String partner, String standard, String docType,
        String interchangeControl, String status, String errorCategory, int transactionCount) {
}

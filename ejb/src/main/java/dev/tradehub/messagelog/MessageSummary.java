package dev.tradehub.messagelog;

import java.time.LocalDateTime;

/**
 * A message in a list: enough to find it and see how it stands. {@code delivery} and {@code acknowledgement} are
 * set for outbound messages, {@code answers} for those that answer an inbound one; {@code channel} is the channel
 * it came in on or leaves by ({@code rest}, {@code as2}, {@code sftp}, {@code sftp-mailbox}, {@code folder},
 * {@code jms}; for outbound ones the transport).
 */
public record MessageSummary(String id, LocalDateTime receivedAt, String partner, String standard, String docType,
        String interchangeControl, String status, String errorCategory, int transactionCount, String direction,
        String delivery, String acknowledgement, String answers, String channel) {
}

package dev.tradehub.messagelog;

/**
 * A CDI event, fired in the transaction that wrote it: an inbound message reached an outcome its sender may want to
 * hear of (a final status, or a retry scheduled). Observers run in the same transaction, so what they send commits
 * or rolls back with the outcome (a wire tap).
 *
 * @param messageId the message-log id
 */
public record MessageSettled(String messageId) {
}

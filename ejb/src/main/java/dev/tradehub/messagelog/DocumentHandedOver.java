package dev.tradehub.messagelog;

/**
 * A CDI event, fired in the delivery's transaction: an outbound document was handed to its transport (delivered,
 * waiting in the mailbox, or sent and waiting for its receipt) or given up (dead letter).
 *
 * @param messageId the outbound message's id
 */
public record DocumentHandedOver(String messageId) {
}

package dev.tradehub.intake;

import dev.tradehub.persistence.messagelog.MessageStatus;

/**
 * What intake answers: the message's id and status.
 *
 * @param messageId the message-log id (the first message's id for an exact re-send)
 * @param status    RECEIVED when queued, DUPLICATE for a re-send, FAILED when refused at the door
 * @param refusal   why the document was refused at the door (too large, content type, refused by its channel), or
 *                  null
 */
public record Receipt(String messageId, MessageStatus status, Refusal refusal) {

    /** Why intake refused to process a document it still logged. */
    public enum Refusal {
        TOO_LARGE,
        UNSUPPORTED_CONTENT_TYPE,
        /** A file whose content names no standard TradeHub reads. */
        UNIDENTIFIED_CONTENT,
        /** The channel could not take it in as sent (a bad signature, undecryptable, an unknown AS2 ID). */
        REFUSED_BY_CHANNEL
    }

    public boolean duplicate() {
        return status == MessageStatus.DUPLICATE;
    }
}

package dev.tradehub.intake;

/**
 * A document as a channel adapter received it.
 *
 * @param payload     the bytes (at most the size limit; see {@code declaredSize})
 * @param declaredSize the full size when the channel read only the first bytes of an oversized document, else
 *                     {@code payload.length}
 * @param contentType the content type the sender declared, or null
 * @param channel     {@code rest}, {@code as2}, {@code sftp}, {@code sftp-mailbox}, {@code folder}, {@code jms}
 * @param partnerHint the partner the channel was told (canonical JSON names no partner of its own), or null
 * @param sentAs      the partner whose credentials the channel authenticated, or null for an internal sender: the
 *                    document must then be that partner's
 * @param senderReference the sender's own name for it (a file's name, an AS2 Message-ID, a JMS correlation id), or
 *                    null
 */
public record IncomingDocument(byte[] payload, long declaredSize, String contentType, String channel,
        String partnerHint, String sentAs, String senderReference) {

    /** A document the channel knows no sender's reference of. */
    public IncomingDocument(byte[] payload, long declaredSize, String contentType, String channel,
            String partnerHint, String sentAs) {
        this(payload, declaredSize, contentType, channel, partnerHint, sentAs, null);
    }

    /** A document from an internal sender (no partner's credentials). */
    public IncomingDocument(byte[] payload, long declaredSize, String contentType, String channel,
            String partnerHint) {
        this(payload, declaredSize, contentType, channel, partnerHint, null, null);
    }

    public boolean truncated() {
        return declaredSize > payload.length;
    }
}

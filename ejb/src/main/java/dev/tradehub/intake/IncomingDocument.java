package dev.tradehub.intake;

/**
 * A document as a channel adapter received it.
 *
 * @param payload     the bytes (at most the size limit; see {@code declaredSize})
 * @param declaredSize the full size when the channel read only the first bytes of an oversized document, else
 *                     {@code payload.length}
 * @param contentType the content type the sender declared, or null
 * @param channel     {@code rest}, {@code sftp}, {@code as2}, {@code jms} ...
 * @param partnerHint the partner the channel authenticated or was told, or null
 */
public record IncomingDocument(byte[] payload, long declaredSize, String contentType, String channel,
        String partnerHint) {

    public boolean truncated() {
        return declaredSize > payload.length;
    }
}

package dev.tradehub.outbound.documents;

import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundEnvelope;

/**
 * A document to send, before it is written.
 *
 * @param docType                what it is, as the message log shows it ({@code 997}, {@code TA1}, {@code CONTRL},
 *                               {@code 855} ...)
 * @param envelope               how it is enveloped for the partner
 * @param content                its groups and transaction sets
 * @param answersMessageId       the inbound message it answers, or null
 * @param expectsAcknowledgement whether the partner acknowledges it (not so for acknowledgements themselves)
 */
public record OutboundDocument(String docType, OutboundEnvelope envelope, OutboundContent content,
        String answersMessageId, boolean expectsAcknowledgement) {
}

package dev.tradehub.delivery;

import dev.tradehub.partner.PartnerProfile;
import java.io.IOException;

/**
 * One way of handing an outbound document to a partner (a channel adapter's outbound half), named as the profile's
 * {@code outbound.transport} names it. {@link OutboundDelivery} finds the transport by that name and runs it in the
 * delivery consumer's transaction; an exception is a {@code TRANSPORT} failure, retried with backoff, dead-lettered
 * after the limit. A transport must be safe to run twice for the same parcel: a retry after a crash does.
 */
public interface OutboundTransport {

    /** The profile's name of it: {@code MAILBOX}, {@code FOLDER}, {@code SFTP}, {@code SFTP_MAILBOX}, {@code AS2}. */
    String name();

    /** Hands the parcel over, or throws why it could not. */
    Handover handOver(Parcel parcel, PartnerProfile partner) throws IOException;

    /**
     * An outbound document as a transport sees it.
     *
     * @param messageId   its message-log id (stable across retries: a transport's message id derives from it)
     * @param fileName    its stable file name ({@code acme-855-000000012-1a2b3c4d.x12})
     * @param contentType {@code application/edi-x12} or {@code application/edifact}
     * @param payload     the bytes
     * @param attempt     1 for the first attempt
     */
    record Parcel(String messageId, String fileName, String contentType, byte[] payload, int attempt) {
    }

    /**
     * How far the handover went.
     *
     * @param outcome what the transport achieved
     * @param detail  what the timeline says, e.g. {@code uploaded to sftp://host/out/...}
     */
    record Handover(Outcome outcome, String detail) {

        public static Handover delivered(String detail) {
            return new Handover(Outcome.DELIVERED, detail);
        }
    }

    /** What a handover achieved. */
    enum Outcome {
        /** The partner has it (written, uploaded, or a receipt such as a synchronous MDN says so). */
        DELIVERED,
        /** Waiting for the partner to fetch it (the API mailbox). */
        AWAITING_PICKUP,
        /**
         * Sent; the partner's receipt (an asynchronous AS2 MDN) is still to come:
         * {@link OutboundDelivery#receiptArrived} or {@link OutboundDelivery#receiptFailed} settles it.
         */
        AWAITING_RECEIPT
    }
}

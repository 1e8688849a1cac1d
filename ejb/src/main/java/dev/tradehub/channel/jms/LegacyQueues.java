package dev.tradehub.channel.jms;

/** The names of the JMS contract: its queues and the properties of its messages (all strings). */
public final class LegacyQueues {

    /** Where legacy systems put documents. */
    public static final String INBOUND = "tradehub.legacy.inbound";
    /** Where TradeHub publishes what became of each of them. */
    public static final String EVENTS = "tradehub.legacy.events";
    /** Where a message that is no document at all goes, with its reason. */
    public static final String DEAD_LETTERS = "tradehub.legacy.dlq";

    /** The partner's code (required for canonical JSON and CSV; EDI names its partner in its envelope). */
    public static final String PARTNER = "TradeHubPartner";
    /** {@code application/edi-x12}, {@code application/edifact}, {@code application/json} or {@code text/csv}. */
    public static final String CONTENT_TYPE = "TradeHubContentType";
    /** The event: ACCEPTED, DUPLICATE, REFUSED, COMPLETED, FAILED, RETRY_SCHEDULED, DEAD_LETTER, DOCUMENT_SENT. */
    public static final String EVENT = "TradeHubEvent";
    /** TradeHub's message-log id of the document. */
    public static final String MESSAGE_ID = "TradeHubMessageId";
    /** Why a message was dead-lettered. */
    public static final String REASON = "TradeHubReason";

    private LegacyQueues() {
    }
}

package dev.tradehub.messagelog;

import java.time.LocalDateTime;

/**
 * A search of the message log; null fields do not filter.
 *
 * @param partner  partner code
 * @param status   message status
 * @param category error category of the message
 * @param docType  document type (850, ORDERS ...)
 * @param poNumber a PO number carried by one of the message's transaction sets
 * @param from     received at or after (UTC)
 * @param to       received before (UTC)
 * @param direction      INBOUND or OUTBOUND
 * @param acknowledgement the acknowledgement state of outbound messages (AWAITING_ACK, ACCEPTED, OVERDUE ...), or
 *                        {@value #ANY_ACKNOWLEDGEMENT} for every outbound message that expects one
 * @param page     0-based page
 * @param size     page size
 */
public record MessageQuery(String partner, String status, String category, String docType, String poNumber,
        LocalDateTime from, LocalDateTime to, int page, int size, String direction, String acknowledgement) {

    public static final String ANY_ACKNOWLEDGEMENT = "ANY";

    /** A search of the whole log, both directions, any acknowledgement state. */
    public MessageQuery(String partner, String status, String category, String docType, String poNumber,
            LocalDateTime from, LocalDateTime to, int page, int size) {
        this(partner, status, category, docType, poNumber, from, to, page, size, null, null);
    }

    /** The same search confined to one partner's messages (a partner-scoped caller sees nothing else). */
    public MessageQuery withPartner(String code) {
        return new MessageQuery(code, status, category, docType, poNumber, from, to, page, size, direction,
                acknowledgement);
    }

    /** The filter's criteria, for people (audit log): {@code partner=ACME status=FAILED}, or {@code (all)}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        criterion(text, "partner", partner);
        criterion(text, "status", status);
        criterion(text, "category", category);
        criterion(text, "docType", docType);
        criterion(text, "po", poNumber);
        criterion(text, "from", from);
        criterion(text, "to", to);
        criterion(text, "direction", direction);
        criterion(text, "acknowledgement", acknowledgement);
        return text.isEmpty() ? "(all)" : text.toString();
    }

    private static void criterion(StringBuilder text, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}

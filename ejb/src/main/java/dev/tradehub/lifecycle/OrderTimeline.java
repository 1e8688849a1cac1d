package dev.tradehub.lifecycle;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything that happened to one purchase order, across documents and Odoo, in time order, and what is still
 * expected of it. Field names are part of the public API ({@code GET /api/v1/orders/{id}}).
 *
 * @param id            the order's id in TradeHub (its inbound transaction set)
 * @param partner       the partner's code
 * @param poNumber      the buyer's PO number
 * @param messageId     the inbound message that carried it
 * @param receivedAt    when it came in
 * @param state         the inbound transaction's state (CONFIRMED, FAILED ...)
 * @param errorCategory why it failed, if it did
 * @param odoo          the sale order it became, or null
 * @param summary       where the order stands, e.g. {@code shipped, invoice not yet sent}
 * @param events        what happened, oldest first
 * @param documents     the documents its life produced (855, 856, 810), oldest first
 * @param changes       the buyer's changes (860, ORDCHG) and what Odoo made of them, oldest first
 * @param expected      what is still to come, with its due time where the partner's service levels set one
 */
public record OrderTimeline(long id, String partner, String poNumber, String messageId, LocalDateTime receivedAt,
        String state, String errorCategory, OdooOrder odoo, String summary, List<Event> events,
        List<Document> documents, List<Change> changes, List<Expectation> expected) {

    /**
     * A change the buyer sent.
     *
     * @param at            when it was applied or refused
     * @param state         APPLIED or REFUSED
     * @param detail        what changed, or why Odoo refused it
     * @param transactionId the change's inbound transaction set
     */
    public record Change(LocalDateTime at, String state, String detail, long transactionId) {
    }

    /** The sale order in Odoo. */
    public record OdooOrder(String model, Long id, String name) {
    }

    /**
     * One thing that happened.
     *
     * @param at        when
     * @param event     e.g. {@code RECEIVED}, {@code ACKNOWLEDGEMENT_ISSUED}, {@code COMPLETED}, {@code DOCUMENT_ISSUED}
     * @param detail    what, in words
     * @param messageId the message it concerns (inbound or outbound), if any
     */
    public record Event(LocalDateTime at, String event, String detail, String messageId) {
    }

    /**
     * A document of the order's life.
     *
     * @param kind               ORDER_RESPONSE, SHIP_NOTICE or INVOICE
     * @param docType            855, 856, 810, ORDRSP, DESADV or INVOIC (null when none was written)
     * @param state              ISSUED, NOT_WANTED, FAILED or AWAITED (due, and Odoo has not done what calls for it)
     * @param odooModel          the Odoo record it reports
     * @param odooId             its id
     * @param odooName           its name
     * @param messageId          the outbound message, when issued
     * @param interchangeControl the interchange's control number
     * @param setControls        the transaction sets' control numbers
     * @param delivery           how far its delivery is
     * @param acknowledgement    what the partner acknowledged of it
     * @param at                 when it was issued (or last failed)
     * @param detail             what, or why not
     * @param dueAt              when the partner's service level wants it (set once it failed or is awaited)
     * @param overdueAt          when it was flagged overdue, or null
     */
    public record Document(String kind, String docType, String state, String odooModel, long odooId, String odooName,
            String messageId, String interchangeControl, List<String> setControls, String delivery,
            String acknowledgement, LocalDateTime at, String detail, LocalDateTime dueAt, LocalDateTime overdueAt) {
    }

    /**
     * What is still to come.
     *
     * @param kind    the document
     * @param what    in words, e.g. {@code 855 within 24 h of the order}
     * @param dueAt   when it is due, or null when nothing in Odoo calls for it yet
     * @param overdue true when it is due and not sent
     */
    public record Expectation(String kind, String what, LocalDateTime dueAt, boolean overdue) {
    }
}

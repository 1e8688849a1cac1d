package dev.tradehub.lifecycle;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.messagelog.CanonicalJson;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import java.time.LocalDateTime;

/**
 * A purchase order TradeHub placed in Odoo, as its life needs it: the partner, the order as the buyer sent it, the
 * sale order it became, and the version the partner spoke.
 *
 * @param transactionId the inbound transaction set that carried it
 * @param messageId     the inbound message
 * @param partnerCode   the partner
 * @param poNumber      the buyer's PO number
 * @param ordered       the order as the buyer wants it: as received, or as its latest applied change left it
 * @param saleOrderId   the {@code sale.order} id
 * @param saleOrderName its name, e.g. {@code S00027}
 * @param docVersion    the version of the order's transaction set (GS08, e.g. {@code 004010}; UNH, e.g. {@code D96A})
 * @param receivedAt    when the order came in
 */
public record TrackedOrder(long transactionId, String messageId, String partnerCode, String poNumber,
        CanonicalOrder ordered, long saleOrderId, String saleOrderName, String docVersion, LocalDateTime receivedAt) {

    /** The order of {@code transaction}, its lines as {@code currentJson} (canonical) has them. */
    static TrackedOrder of(LoggedTransaction transaction, String currentJson) {
        return new TrackedOrder(transaction.getId(), transaction.getMessage().getId(),
                transaction.getMessage().getPartnerCode(), transaction.getPoNumber(),
                CanonicalJson.readOrder(currentJson), transaction.getOdooId(), transaction.getOdooName(),
                transaction.getDocVersion(), transaction.getMessage().getReceivedAt());
    }
}

package dev.tradehub.lifecycle;

import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.lifecycle.OrderDocument;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.TransactionState;
import dev.tradehub.translation.Standard;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Flags the order documents the partner's service levels say are overdue, once a minute, like an overdue
 * acknowledgement: once each, with an event on the order's timeline and an alert line in the log. Two cases: an order
 * in Odoo with no order response by its due time (Odoo has not confirmed it: the document is kept AWAITED, issued
 * when the confirmation comes), and a document that failed and is still not issued by its due time. A document issued
 * late keeps the moment it was flagged.
 */
@Stateless
public class OverdueDocuments {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");
    private static final Logger LOG = Logger.getLogger(OverdueDocuments.class.getName());
    /** Most documents flagged in one transaction; the rest wait for the next sweep. */
    private static final int BATCH = 500;
    /** How far back an unanswered order is still looked for after its due time (a TradeHub down for days). */
    private static final int CATCH_UP_DAYS = 7;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private PartnerRegistry partners;

    @Resource
    private SessionContext context;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    @Schedule(hour = "*", minute = "*", second = "41", persistent = false)
    void sweep() {
        flagOverdue(recorder.now());
    }

    /** Flags what was due before {@code asOf} and is not issued; returns how many it flagged. */
    public int flagOverdue(LocalDateTime asOf) {
        // One order response per Odoo order: two partners' transactions may name the same one (a PO placed by one
        // partner, found existing by another with the same customer and reference).
        Set<Long> seen = new HashSet<>();
        for (PartnerProfile profile : partners.list()) {
            if (profile.isActive() && DocumentKind.ORDER_RESPONSE.wantedBy(profile.documentSettings())) {
                unansweredOrders(profile, asOf, seen);
            }
        }
        return seen.size() + failedPastDue(asOf);
    }

    private void unansweredOrders(PartnerProfile profile, LocalDateTime asOf, Set<Long> seen) {
        int hours = DocumentKind.ORDER_RESPONSE.withinHours(profile.documentSettings());
        LocalDateTime receivedBefore = asOf.minusHours(hours);
        List<LoggedTransaction> unanswered = entityManager.createQuery("SELECT t FROM LoggedTransaction t,"
                        + " PurchaseOrderClaim c WHERE c.transactionId = t.id AND c.partnerCode = :partner"
                        + " AND t.odooModel = 'sale.order' AND t.odooId IS NOT NULL AND t.state <> :duplicate"
                        + " AND t.message.receivedAt < :before AND t.message.receivedAt >= :since"
                        + " AND NOT EXISTS (SELECT d FROM OrderDocument d WHERE d.odooModel = 'sale.order'"
                        + " AND d.odooId = t.odooId AND d.kind = :kind) ORDER BY t.id", LoggedTransaction.class)
                .setParameter("partner", profile.code()).setParameter("duplicate", TransactionState.DUPLICATE)
                .setParameter("before", receivedBefore).setParameter("since", receivedBefore.minusDays(CATCH_UP_DAYS))
                .setParameter("kind", DocumentKind.ORDER_RESPONSE.name()).setMaxResults(BATCH).getResultList();
        String docType = DocumentKind.ORDER_RESPONSE.docType(Standard.valueOf(profile.standard().toUpperCase(Locale.ROOT)));
        OverdueDocuments self = context.getBusinessObject(OverdueDocuments.class);
        for (LoggedTransaction order : unanswered) {
            if (!seen.add(order.getOdooId())) {
                continue;
            }
            try {
                self.flagUnanswered(profile.code(), order.getId(), hours, docType);
            } catch (EJBException answeredMeanwhile) {
                // Change capture recorded the order's response since the query (the same document key, committed
                // first): nothing is overdue, and the other orders of the sweep are flagged all the same.
                seen.remove(order.getOdooId());
                LOG.fine(() -> "The order response of sale.order " + order.getOdooId() + " was recorded meanwhile: "
                        + answeredMeanwhile.getMessage());
            }
        }
    }

    /** Records one unanswered order's response as AWAITED and overdue, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flagUnanswered(String partnerCode, long transactionId, int hours, String docType) {
        LoggedTransaction order = entityManager.find(LoggedTransaction.class, transactionId);
        LocalDateTime due = order.getMessage().getReceivedAt().plusHours(hours);
        String detail = "no " + docType + " within " + hours + " h of the order: Odoo's sale order "
                + order.getOdooName() + " is " + order.getState().name().toLowerCase(Locale.ROOT)
                + (order.getState() == TransactionState.CONFIRMED ? " but its confirmation has not been seen"
                        : ", not confirmed");
        OrderDocument awaited = new OrderDocument(DocumentKind.ORDER_RESPONSE.name() + ":sale.order:"
                + order.getOdooId(), DocumentKind.ORDER_RESPONSE.name(), partnerCode, order.getPoNumber(),
                order.getId(), "sale.order", order.getOdooId(), order.getOdooName(), OrderDocument.State.AWAITED,
                null, detail, recorder.now(), due);
        awaited.markOverdue(recorder.now());
        entityManager.persist(awaited);
        entityManager.flush();
        announce(awaited, order.getMessage());
    }

    private int failedPastDue(LocalDateTime asOf) {
        List<OrderDocument> failed = entityManager.createQuery("SELECT d FROM OrderDocument d WHERE d.state = :failed"
                        + " AND d.dueAt < :asOf AND d.overdueAt IS NULL ORDER BY d.dueAt", OrderDocument.class)
                .setParameter("failed", OrderDocument.State.FAILED).setParameter("asOf", asOf).setMaxResults(BATCH)
                .getResultList();
        for (OrderDocument document : failed) {
            document.markOverdue(recorder.now());
            LoggedTransaction order = entityManager.find(LoggedTransaction.class, document.getTransactionId());
            announce(document, order == null ? null : order.getMessage());
        }
        return failed.size();
    }

    private void announce(OrderDocument document, LoggedMessage inbound) {
        String what = document.getKind() + " for " + document.getOdooModel() + " " + document.getOdooName()
                + " was due " + document.getDueAt() + ": " + document.getDetail();
        if (inbound != null) {
            recorder.event(inbound, "DOCUMENT_OVERDUE", what + " (PO " + document.getPoNumber() + ")");
        }
        ALERTS.warning(() -> "alert=DOCUMENT_OVERDUE partner=" + document.getPartnerCode() + " po="
                + document.getPoNumber() + " document=" + document.getKind() + " odoo=" + document.getOdooModel() + ":"
                + document.getOdooId() + " due=" + document.getDueAt());
    }
}

package dev.tradehub.lifecycle;

import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.lifecycle.OrderChangeRecord;
import dev.tradehub.persistence.lifecycle.OrderDocument;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.PurchaseOrderClaim;
import dev.tradehub.persistence.messagelog.TimelineEntry;
import dev.tradehub.translation.Standard;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The timeline of a purchase order: its inbound message's events (its acknowledgement among them), the documents
 * its life produced with their control numbers, delivery and acknowledgement, and what is still expected against
 * the partner's service levels (an expected document past its due time is overdue).
 */
@Stateless
public class OrderTimelines {

    private static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private PartnerRegistry partners;

    private final Clock clock = Clock.systemUTC();

    /** The order's timeline by its TradeHub id. */
    public Optional<OrderTimeline> get(long id) {
        LoggedTransaction transaction = entityManager.find(LoggedTransaction.class, id);
        if (transaction == null || transaction.getPoNumber() == null || transaction.getMessage().getPartnerCode() == null) {
            return Optional.empty();
        }
        PurchaseOrderClaim owner = entityManager.find(PurchaseOrderClaim.class, new PurchaseOrderClaim.Key(
                transaction.getMessage().getPartnerCode(), transaction.getPoNumber()));
        return owner == null || owner.getTransactionId() != id ? Optional.empty() : Optional.of(timeline(transaction));
    }

    /** The timeline of the partner's PO (the transaction that owns the PO number). */
    public Optional<OrderTimeline> find(String partner, String poNumber) {
        PurchaseOrderClaim claim = entityManager.find(PurchaseOrderClaim.class,
                new PurchaseOrderClaim.Key(partner, poNumber));
        return claim == null ? Optional.empty() : get(claim.getTransactionId());
    }

    /** How many orders {@link #search} pages through. */
    public long count(String partner, String poNumber) {
        StringBuilder jpql = new StringBuilder("SELECT COUNT(c) FROM PurchaseOrderClaim c WHERE 1 = 1");
        if (partner != null) {
            jpql.append(" AND c.partnerCode = :partner");
        }
        if (poNumber != null) {
            jpql.append(" AND c.poNumber = :poNumber");
        }
        var query = entityManager.createQuery(jpql.toString(), Long.class);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        if (poNumber != null) {
            query.setParameter("poNumber", poNumber);
        }
        return query.getSingleResult();
    }

    /** The timelines of the most recent orders, filtered by partner and PO number (either may be null). */
    public List<OrderTimeline> search(String partner, String poNumber, int page, int size) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM PurchaseOrderClaim c WHERE 1 = 1");
        if (partner != null) {
            jpql.append(" AND c.partnerCode = :partner");
        }
        if (poNumber != null) {
            jpql.append(" AND c.poNumber = :poNumber");
        }
        var query = entityManager.createQuery(jpql.append(" ORDER BY c.claimedAt DESC, c.poNumber").toString(),
                PurchaseOrderClaim.class);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        if (poNumber != null) {
            query.setParameter("poNumber", poNumber);
        }
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        List<OrderTimeline> timelines = new ArrayList<>();
        for (PurchaseOrderClaim claim : query.setFirstResult(Math.max(0, page) * pageSize).setMaxResults(pageSize)
                .getResultList()) {
            get(claim.getTransactionId()).ifPresent(timelines::add);
        }
        return timelines;
    }

    /** How many of the order documents stand in each kind and state: {@code "SHIP_NOTICE/ISSUED" -> 12}. */
    public java.util.Map<String, Long> countsByKindAndState() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Object[] row : entityManager.createQuery("SELECT d.kind, d.state, COUNT(d) FROM OrderDocument d"
                + " GROUP BY d.kind, d.state", Object[].class).getResultList()) {
            counts.put(row[0] + "/" + row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** How many order documents are overdue and still not issued, by kind: {@code "ORDER_RESPONSE" -> 2}. */
    public java.util.Map<String, Long> overdueByKind() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Object[] row : entityManager.createQuery("SELECT d.kind, COUNT(d) FROM OrderDocument d"
                        + " WHERE d.overdueAt IS NOT NULL AND d.state NOT IN :settled GROUP BY d.kind", Object[].class)
                .setParameter("settled", OrderDocument.State.SETTLED).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private OrderTimeline timeline(LoggedTransaction transaction) {
        LoggedMessage inbound = transaction.getMessage();
        List<OrderTimeline.Event> events = new ArrayList<>();
        for (TimelineEntry entry : inbound.getTimeline()) {
            events.add(new OrderTimeline.Event(entry.getAt(), entry.getEvent(), entry.getDetail(), inbound.getId()));
        }
        List<OrderDocument> produced = entityManager.createQuery("SELECT d FROM OrderDocument d WHERE"
                        + " d.transactionId = :transaction ORDER BY d.occurredAt, d.key", OrderDocument.class)
                .setParameter("transaction", transaction.getId()).getResultList();
        List<OrderTimeline.Document> documents = new ArrayList<>();
        for (OrderDocument document : produced) {
            LoggedMessage sent = document.getMessageId() == null ? null
                    : entityManager.find(LoggedMessage.class, document.getMessageId());
            documents.add(new OrderTimeline.Document(document.getKind(), sent == null ? null : sent.getDocType(),
                    document.getState().name(), document.getOdooModel(), document.getOdooId(), document.getOdooName(),
                    document.getMessageId(), sent == null ? null : sent.getInterchangeControl(),
                    sent == null ? List.of() : sent.getTransactions().stream().map(LoggedTransaction::getControlNumber)
                            .toList(),
                    sent == null || sent.getDeliveryState() == null ? null : sent.getDeliveryState().name(),
                    sent == null || sent.getAcknowledgementState() == null ? null : sent.getAcknowledgementState().name(),
                    document.getOccurredAt(), document.getDetail(), document.getDueAt(), document.getOverdueAt()));
            if (document.getState() == OrderDocument.State.FAILED) {
                events.add(new OrderTimeline.Event(document.getOccurredAt(), "DOCUMENT_FAILED", document.getDetail(),
                        null));
            }
        }
        List<OrderTimeline.Change> changes = entityManager.createQuery("SELECT c FROM OrderChangeRecord c WHERE"
                        + " c.orderTransactionId = :order ORDER BY c.occurredAt", OrderChangeRecord.class)
                .setParameter("order", transaction.getId()).getResultList().stream()
                .map(change -> new OrderTimeline.Change(change.getOccurredAt(), change.getState().name(),
                        change.getDetail(), change.getTransactionId())).toList();
        events.sort(Comparator.comparing(OrderTimeline.Event::at));
        PartnerProfile profile = partners.find(inbound.getPartnerCode()).orElse(null);
        List<OrderTimeline.Expectation> expected = expectations(transaction, produced, profile);
        OrderTimeline.OdooOrder odoo = transaction.getOdooId() == null ? null
                : new OrderTimeline.OdooOrder(transaction.getOdooModel(), transaction.getOdooId(),
                        transaction.getOdooName());
        return new OrderTimeline(transaction.getId(), inbound.getPartnerCode(), transaction.getPoNumber(),
                inbound.getId(), inbound.getReceivedAt(), transaction.getState().name(),
                transaction.getErrorCategory(), odoo, summary(transaction, produced), events, documents, changes,
                expected);
    }

    private List<OrderTimeline.Expectation> expectations(LoggedTransaction transaction, List<OrderDocument> produced,
            PartnerProfile profile) {
        List<OrderTimeline.Expectation> expected = new ArrayList<>();
        if (profile == null || transaction.getOdooId() == null) {
            return expected;
        }
        PartnerProfile.DocumentSettings settings = profile.documentSettings();
        Standard standard = Standard.valueOf(profile.standard().toUpperCase(Locale.ROOT));
        LocalDateTime now = LocalDateTime.now(clock);
        if (settings.wantsOrderResponse() && produced.stream().noneMatch(d -> is(d, DocumentKind.ORDER_RESPONSE)
                && d.getState().isSettled())) {
            LocalDateTime due = transaction.getMessage().getReceivedAt().plusHours(settings.orderResponseHours());
            expected.add(new OrderTimeline.Expectation(DocumentKind.ORDER_RESPONSE.name(),
                    DocumentKind.ORDER_RESPONSE.docType(standard) + " within " + settings.orderResponseHours()
                            + " h of the order", due, now.isAfter(due)));
        }
        for (OrderDocument failed : produced.stream().filter(d -> d.getState() == OrderDocument.State.FAILED)
                .filter(d -> !is(d, DocumentKind.ORDER_RESPONSE)).toList()) {
            DocumentKind kind = DocumentKind.valueOf(failed.getKind());
            int hours = kind.withinHours(settings);
            LocalDateTime due = failed.getDueAt() != null ? failed.getDueAt() : failed.getOccurredAt().plusHours(hours);
            expected.add(new OrderTimeline.Expectation(kind.name(), kind.docType(standard) + " for " + failed.getOdooName()
                    + " within " + hours + " h (it failed: " + failed.getDetail() + ")", due, now.isAfter(due)));
        }
        if (settings.wantsShipNotice() && produced.stream().noneMatch(d -> is(d, DocumentKind.SHIP_NOTICE))) {
            expected.add(new OrderTimeline.Expectation(DocumentKind.SHIP_NOTICE.name(),
                    DocumentKind.SHIP_NOTICE.docType(standard) + " within " + settings.shipNoticeHours()
                            + " h of each delivery Odoo validates", null, false));
        }
        if (settings.wantsInvoice() && produced.stream().noneMatch(d -> is(d, DocumentKind.INVOICE))) {
            expected.add(new OrderTimeline.Expectation(DocumentKind.INVOICE.name(),
                    DocumentKind.INVOICE.docType(standard) + " within " + settings.invoiceHours()
                            + " h of each invoice Odoo posts", null, false));
        }
        return expected;
    }

    private static String summary(LoggedTransaction transaction, List<OrderDocument> produced) {
        long shipped = produced.stream().filter(d -> is(d, DocumentKind.SHIP_NOTICE)
                && d.getState() == OrderDocument.State.ISSUED).count();
        long invoiced = produced.stream().filter(d -> is(d, DocumentKind.INVOICE)
                && d.getState() == OrderDocument.State.ISSUED).count();
        boolean answered = produced.stream().anyMatch(d -> is(d, DocumentKind.ORDER_RESPONSE)
                && d.getState() == OrderDocument.State.ISSUED);
        if (invoiced > 0) {
            return "invoiced (" + invoiced + " invoice" + (invoiced > 1 ? "s" : "") + " sent), " + shipped
                    + " ship notice" + (shipped == 1 ? "" : "s") + " sent";
        }
        if (shipped > 0) {
            return "shipped (" + shipped + " ship notice" + (shipped > 1 ? "s" : "") + " sent), invoice not yet sent";
        }
        if (answered) {
            return "confirmed, order response sent, not shipped yet";
        }
        if (transaction.getOdooId() != null) {
            return "in Odoo (" + transaction.getState().name().toLowerCase(Locale.ROOT)
                    + "), order response not yet sent";
        }
        return transaction.getState().name().toLowerCase(Locale.ROOT)
                + (transaction.getErrorCategory() == null ? "" : " (" + transaction.getErrorCategory() + ")");
    }

    private static boolean is(OrderDocument document, DocumentKind kind) {
        return kind.name().equals(document.getKind());
    }
}

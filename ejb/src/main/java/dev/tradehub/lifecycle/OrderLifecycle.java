package dev.tradehub.lifecycle;

import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.Invoice;
import dev.tradehub.canonical.OrderResponse;
import dev.tradehub.canonical.ShipNotice;
import dev.tradehub.invoice.Invoices;
import dev.tradehub.invoice.edifact.EdifactInvoices;
import dev.tradehub.invoice.x12.X12Invoices;
import dev.tradehub.messagelog.CanonicalJson;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.bootstrap.OdooGuard;
import dev.tradehub.orderresponse.OrderResponses;
import dev.tradehub.orderresponse.edifact.EdifactOrderResponses;
import dev.tradehub.orderresponse.x12.X12OrderResponses;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.documents.OutboundDocument;
import dev.tradehub.outbound.documents.OutboundDocuments;
import dev.tradehub.outbound.documents.PartnerEnvelopes;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.lifecycle.OrderDocument;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.shipnotice.ShipNotices;
import dev.tradehub.shipnotice.edifact.EdifactShipNotices;
import dev.tradehub.shipnotice.x12.X12ShipNotices;
import dev.tradehub.translation.Standard;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The process manager of an order after it is placed: it turns what change capture reports of Odoo (orders
 * confirmed, deliveries done, invoices posted) into the partner's 855, 856 and 810 (or ORDRSP, DESADV, INVOIC),
 * once per fact (an idempotent consumer keyed by the fact), only for orders TradeHub placed or a profile claims by
 * customer ({@link CustomerClaims}), as the partner's profile asks. Each fact is handled in a transaction of its
 * own: a document that cannot be written is kept FAILED with the reason and tried again when Odoo writes the record
 * again; an unavailable Odoo stops the poll, which reads the same records again next time.
 */
@Stateless
public class OrderLifecycle {

    /** How long a FAILED order response waits before it is tried again. */
    static final Duration FAILED_RETRY_DELAY = Duration.ofSeconds(60);

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private OutboundDocuments documents;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private OdooConnection odooConnection;

    @Inject
    private OdooGuard odooGuard;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /**
     * The facts among what change capture reported of {@code model} that concern orders TradeHub placed and are not
     * handled yet (a FAILED one is tried again).
     */
    public List<OrderFact> factsOf(String model, List<OdooRecord> records) {
        TrackedOrders tracked = new TrackedOrders(entityManager);
        List<OrderFact> facts = new ArrayList<>();
        switch (model) {
            case "sale.order" -> {
                Map<Long, TrackedOrder> ours = tracked.bySaleOrderId(records.stream().map(OdooRecord::id).toList());
                for (OdooRecord order : records) {
                    TrackedOrder placed = ours.get(order.id());
                    if (placed != null && answerable(order.text("state"))) {
                        facts.add(OrderFact.of(DocumentKind.ORDER_RESPONSE, placed, model, order.id(), order.name()));
                    }
                }
            }
            case "stock.picking" -> {
                Map<Long, TrackedOrder> ours = tracked.bySaleOrderId(records.stream()
                        .map(picking -> picking.reference("sale_id")).filter(Objects::nonNull).toList());
                for (OdooRecord picking : records) {
                    TrackedOrder placed = ours.get(picking.reference("sale_id"));
                    if (placed != null && "done".equals(picking.text("state"))) {
                        facts.add(OrderFact.of(DocumentKind.SHIP_NOTICE, placed, model, picking.id(), picking.name()));
                    }
                }
            }
            case "account.move" -> {
                Map<String, TrackedOrder> ours = new java.util.HashMap<>();
                Set<String> origins = new LinkedHashSet<>();
                records.forEach(invoice -> origins.addAll(origins(invoice)));
                tracked.bySaleOrderName(origins).values().forEach(order -> ours.put(order.saleOrderName(), order));
                for (OdooRecord invoice : records) {
                    origins(invoice).stream().map(ours::get).filter(Objects::nonNull).findFirst()
                            .filter(placed -> "posted".equals(invoice.text("state")))
                            .ifPresent(placed -> facts.add(OrderFact.of(DocumentKind.INVOICE, placed, model,
                                    invoice.id(), invoice.name())));
                }
            }
            default -> throw new IllegalArgumentException("The order's life does not follow " + model);
        }
        return withoutHandled(facts);
    }

    /**
     * The sale order ids of confirmed orders TradeHub placed that have no order response yet, placed between
     * {@code from} and {@code until}: change capture may have read their confirmation before the transaction that
     * placed them committed (and so before they were TradeHub's), or a retry found them in Odoo long after. One only
     * AWAITED (overdue) counts as unanswered, and a FAILED one once {@link #FAILED_RETRY_DELAY} has passed since its
     * last attempt (a failure is often passing: a lock held by a transaction a crash left undecided); a failure that
     * repeats the same reason raises no new alert.
     */
    public List<Long> unansweredOrders(LocalDateTime from, LocalDateTime until, int limit) {
        return entityManager.createQuery("SELECT t.odooId FROM LoggedTransaction t WHERE t.odooModel = 'sale.order'"
                        + " AND t.state = :confirmed AND t.updatedAt >= :from AND t.updatedAt < :until"
                        + " AND NOT EXISTS (SELECT d FROM OrderDocument d WHERE d.transactionId = t.id"
                        + " AND d.kind = :kind AND d.state <> :awaited"
                        + " AND NOT (d.state = :failed AND d.occurredAt < :retryBefore)) ORDER BY t.updatedAt", Long.class)
                .setParameter("confirmed", dev.tradehub.persistence.messagelog.TransactionState.CONFIRMED)
                .setParameter("from", from).setParameter("until", until)
                .setParameter("kind", DocumentKind.ORDER_RESPONSE.name())
                .setParameter("awaited", OrderDocument.State.AWAITED)
                .setParameter("failed", OrderDocument.State.FAILED)
                .setParameter("retryBefore", recorder.now().minus(FAILED_RETRY_DELAY))
                .setMaxResults(limit).getResultList();
    }

    /** Issues the document the fact calls for, or records why not. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OrderDocument.State handle(OrderFact fact) {
        return issue(fact);
    }

    /**
     * Answers a change the buyer sent with an order response: what Odoo now holds of each line against what the
     * buyer asked (a refused change shows as the quantities Odoo kept).
     *
     * @param orderTransactionId the order's inbound transaction
     * @param askedJson          the order as the buyer asked it to be (canonical JSON)
     * @param changeKey          the change's key
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OrderDocument.State answerChange(long orderTransactionId, String askedJson, String changeKey) {
        TrackedOrder placed = new TrackedOrders(entityManager).byTransactionId(orderTransactionId);
        TrackedOrder asked = new TrackedOrder(placed.transactionId(), placed.messageId(), placed.partnerCode(),
                placed.poNumber(), CanonicalJson.readOrder(askedJson), placed.saleOrderId(), placed.saleOrderName(),
                placed.docVersion(), placed.receivedAt());
        return issue(new OrderFact(DocumentKind.ORDER_RESPONSE, DocumentKind.ORDER_RESPONSE.name() + ":order_change:"
                + changeKey, asked, "sale.order", placed.saleOrderId(), placed.saleOrderName()));
    }

    private OrderDocument.State issue(OrderFact fact) {
        OrderDocument known = entityManager.find(OrderDocument.class, fact.key());
        if (known != null && known.getState().isSettled()) {
            return known.getState();
        }
        LocalDateTime at = recorder.now();
        PartnerProfile profile = partners.find(fact.order().partnerCode()).orElse(null);
        String unwanted = profile == null ? "partner " + fact.order().partnerCode() + " no longer exists"
                : fact.kind().wantedBy(profile.documentSettings()) ? null
                : "the profile of " + profile.code() + " does not ask for " + fact.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + "s";
        Standard standard = profile == null ? null : Standard.valueOf(profile.standard().toUpperCase(Locale.ROOT));
        OutboundContent content = unwanted != null ? null
                : odooGuard.call(() -> content(fact, standard, DocumentVersions.of(standard, fact.order().docVersion(),
                        profile)));
        if (unwanted == null && content == null) {
            unwanted = "Odoo's " + fact.odooModel() + " " + fact.odooName() + " holds none of the order's lines";
        }
        if (unwanted != null) {
            remember(known, fact, OrderDocument.State.NOT_WANTED, null, unwanted, at, null);
            return OrderDocument.State.NOT_WANTED;
        }
        String docType = fact.kind().docType(standard);
        // Not an answer to the 850's message in the log's sense (that is its acknowledgement): the order document
        // links the two.
        LoggedMessage inbound = entityManager.find(LoggedMessage.class, fact.order().messageId());
        LoggedMessage issued = documents.issue(new OutboundDocument(docType,
                PartnerEnvelopes.of(profile, inbound != null && inbound.isTestIndicator()), content, null, true), profile);
        String detail = docType + " for " + fact.odooModel() + " " + fact.odooName() + ", interchange "
                + issued.getInterchangeControl();
        remember(known, fact, OrderDocument.State.ISSUED, issued.getId(), detail, at, null);
        if (inbound != null) {
            recorder.event(inbound, "DOCUMENT_ISSUED", detail + " (PO " + fact.order().poNumber() + ", message "
                    + issued.getId() + ")");
        }
        return OrderDocument.State.ISSUED;
    }

    /** Keeps a fact whose document could not be written, with the reason, and raises an alert. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(OrderFact fact, String reason) {
        OrderDocument known = entityManager.find(OrderDocument.class, fact.key());
        LocalDateTime at = recorder.now();
        LocalDateTime due = partners.find(fact.order().partnerCode())
                .map(profile -> dueAt(fact, profile.documentSettings(), at)).orElse(null);
        boolean sameAsBefore = known != null && known.getState() == OrderDocument.State.FAILED
                && OrderDocument.bounded(reason).equals(known.getDetail());
        remember(known, fact, OrderDocument.State.FAILED, null, reason, at, due);
        if (sameAsBefore) {
            return; // a retry that failed the same way: alerted already
        }
        ALERTS.warning(() -> "alert=DOCUMENT_FAILED partner=" + fact.order().partnerCode() + " po="
                + fact.order().poNumber() + " document=" + fact.kind() + " odoo=" + fact.odooModel() + ":"
                + fact.odooId() + " reason=" + reason);
    }

    private OutboundContent content(OrderFact fact, Standard standard, String version) {
        OdooFacts odoo = new OdooFacts(odooConnection.client());
        TrackedOrder order = fact.order();
        boolean edifact = standard == Standard.EDIFACT;
        switch (fact.kind()) {
            case ORDER_RESPONSE -> {
                OrderResponse response = OrderResponses.from(order.ordered(), odoo.saleOrder(fact.odooId()),
                        odoo.saleLines(fact.odooId()), recorder.now().toLocalDate());
                return edifact ? EdifactOrderResponses.content(response, version)
                        : X12OrderResponses.content(response, version);
            }
            case SHIP_NOTICE -> {
                OdooRecord picking = odoo.picking(fact.odooId());
                List<OdooRecord> saleLines = odoo.saleLines(order.saleOrderId());
                ShipNotice notice = ShipNotices.from(order.ordered(), order.saleOrderName(),
                        saleLines.stream().map(OdooRecord::id).toList(), picking, odoo.moves(fact.odooId(), saleLines),
                        odoo.companyAddress(picking.reference("company_id")).orElse(null),
                        shipTo(order, odoo, picking.reference("partner_id")));
                return notice.lines().isEmpty() ? null : edifact ? EdifactShipNotices.content(notice, version)
                        : X12ShipNotices.content(notice, version);
            }
            case INVOICE -> {
                OdooRecord move = odoo.invoice(fact.odooId());
                Invoice invoice = Invoices.from(order.ordered(), odoo.saleLineIds(order.saleOrderId()), move,
                        odoo.invoiceLines(fact.odooId()), odoo.companyAddress(move.reference("company_id")).orElse(null),
                        shipTo(order, odoo, move.reference("partner_shipping_id")));
                return invoice.lines().isEmpty() ? null : edifact ? EdifactInvoices.content(invoice, version)
                        : X12Invoices.content(invoice, version);
            }
            default -> throw new IllegalStateException("no document for " + fact.kind());
        }
    }

    /** Where the goods went: the ship-to as the buyer named it (its own location codes), else Odoo's address. */
    private static Address shipTo(TrackedOrder order, OdooFacts odoo, Long odooAddress) {
        return order.ordered().shipTo() != null ? order.ordered().shipTo() : odoo.address(odooAddress).orElse(null);
    }

    /**
     * When the partner expects the fact's document: an order response counts from the order's arrival, the others
     * from the moment change capture first saw the delivery or invoice (seconds after Odoo wrote it).
     */
    private static LocalDateTime dueAt(OrderFact fact, PartnerProfile.DocumentSettings settings, LocalDateTime seenAt) {
        LocalDateTime start = fact.kind() == DocumentKind.ORDER_RESPONSE && fact.order().receivedAt() != null
                ? fact.order().receivedAt() : seenAt;
        return start.plusHours(fact.kind().withinHours(settings));
    }

    private void remember(OrderDocument known, OrderFact fact, OrderDocument.State state, String messageId,
            String detail, LocalDateTime at, LocalDateTime due) {
        if (known == null) {
            TrackedOrder order = fact.order();
            entityManager.persist(new OrderDocument(fact.key(), fact.kind().name(), order.partnerCode(),
                    order.poNumber(), order.transactionId(), fact.odooModel(), fact.odooId(), fact.odooName(), state,
                    messageId, detail, at, due));
        } else if (state == OrderDocument.State.FAILED) {
            known.failed(detail, at, due);
        } else {
            known.settle(state, messageId, detail, at);
        }
    }

    private List<OrderFact> withoutHandled(List<OrderFact> facts) {
        if (facts.isEmpty()) {
            return facts;
        }
        Set<String> handled = new HashSet<>(entityManager.createQuery("SELECT d.key FROM OrderDocument d"
                        + " WHERE d.key IN :keys AND d.state IN :settled", String.class)
                .setParameter("keys", facts.stream().map(OrderFact::key).toList())
                .setParameter("settled", OrderDocument.State.SETTLED).getResultList());
        return facts.stream().filter(fact -> !handled.contains(fact.key())).toList();
    }

    /** A confirmed order is answered; so is one cancelled before it was (the answer rejects it). */
    private static boolean answerable(String state) {
        return "sale".equals(state) || "done".equals(state) || "cancel".equals(state);
    }

    /** The sale order names of an invoice ({@code invoice_origin}, comma separated when it bills several). */
    private static List<String> origins(OdooRecord invoice) {
        String origin = invoice.text("invoice_origin");
        return origin == null ? List.of() : Arrays.stream(origin.split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).toList();
    }
}

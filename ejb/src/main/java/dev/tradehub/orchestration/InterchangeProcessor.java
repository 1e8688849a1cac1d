package dev.tradehub.orchestration;

import dev.tradehub.acknowledgement.ReceivedAcknowledgement;
import dev.tradehub.acknowledgement.answering.AcknowledgementIssuer;
import dev.tradehub.acknowledgement.reading.AcknowledgementReader;
import dev.tradehub.acknowledgement.reconciliation.AcknowledgementReconciler;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.bootstrap.OdooGuard;
import dev.tradehub.bootstrap.OdooUnavailableException;
import dev.tradehub.canonical.CanonicalDocument;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.InventoryReport;
import dev.tradehub.canonical.Location;
import dev.tradehub.canonical.OrderChange;
import dev.tradehub.intake.DocumentIntake;
import dev.tradehub.intake.GroupCommit;
import dev.tradehub.intake.InboundQueue;
import dev.tradehub.inventory.InventoryReports;
import dev.tradehub.mapping.MappedOrder;
import dev.tradehub.mapping.OrderMapper;
import dev.tradehub.messagelog.CanonicalJson;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.messagelog.MessageSettled;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.SaleOrderDraft;
import dev.tradehub.orchestration.placement.OrderPlacement;
import dev.tradehub.orchestration.placement.PlacementAggregator;
import dev.tradehub.orchestration.placement.PlacementLane;
import dev.tradehub.orderchange.OrderChanges;
import dev.tradehub.partner.CsvLayouts;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.partner.PartnerResolution;
import dev.tradehub.partner.RetryPolicy;
import dev.tradehub.partner.TradingPartner;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.InterchangeReceipt;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.MessageStatus;
import dev.tradehub.persistence.messagelog.PurchaseOrderClaim;
import dev.tradehub.persistence.messagelog.TransactionState;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.DocumentTranslator;
import dev.tradehub.translation.EnvelopeFacts;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.Standard;
import dev.tradehub.translation.TransactionSet;
import dev.tradehub.translation.csv.CsvOrderReader;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Takes one stored message from RECEIVED to a terminal state: translate, resolve the partner, drop duplicate
 * interchanges and purchase orders (idempotent receiver), answer with the acknowledgements the partner's profile
 * asks for, route the partner's own acknowledgements to reconciliation (content-based router), map, and place the
 * orders in Odoo. Runs in the caller's transaction (the MDB's): a message's state, its acknowledgements and the
 * messages it causes commit together.
 *
 * <p>The message row is locked for the attempt, and an already terminal message is left alone, so a redelivered or
 * re-sent JMS message has no second effect. When Odoo is unavailable the attempt's progress is kept, the message
 * is RETRY_SCHEDULED and a delayed delivery is sent (backoff with jitter); after the partner's last attempt it goes
 * to the dead letter channel. Any other failure rolls the attempt back and the broker redelivers it.
 */
@Stateless
public class InterchangeProcessor {

    private static final DocumentTranslator TRANSLATOR = new DocumentTranslator();
    /** The partner's acknowledgements of what we sent: reconciled, not processed as business documents. */
    private static final Set<String> ACKNOWLEDGEMENT_TYPES = Set.of("997", "999", "CONTRL");

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private CsvLayouts csvLayouts;

    @Inject
    private OdooConnection odooConnection;

    @Inject
    private OdooGuard odooGuard;

    @EJB
    private InboundQueue queue;

    @EJB
    private AcknowledgementIssuer acknowledgements;

    @EJB
    private AcknowledgementReconciler reconciler;

    @EJB
    private OrderChanges orderChanges;

    @EJB
    private InventoryReports inventoryReports;

    @Inject
    private PlacementAggregator placements;

    @Inject
    @ConfigProperty(name = "tradehub.retry.max-attempts", defaultValue = "8")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "tradehub.retry.initial-delay-ms", defaultValue = "2000")
    private long initialDelayMillis;

    @Inject
    @ConfigProperty(name = "tradehub.retry.multiplier", defaultValue = "2.0")
    private double multiplier;

    @Inject
    @ConfigProperty(name = "tradehub.retry.max-delay-ms", defaultValue = "300000")
    private long maxDelayMillis;

    @Inject
    @ConfigProperty(name = "tradehub.retry.jitter", defaultValue = "0.2")
    private double jitter;

    /** Wire tap: who wants to hear of a message's outcome (the JMS contract's events). */
    @Inject
    private Event<MessageSettled> settled;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());
    private RetryPolicy retryPolicy;

    @PostConstruct
    void configure() {
        retryPolicy = new RetryPolicy(maxAttempts, Duration.ofMillis(initialDelayMillis), multiplier,
                Duration.ofMillis(maxDelayMillis), jitter);
    }

    /**
     * Processes the message (see the class comment for what happens when Odoo is unavailable).
     */
    public void process(String messageId) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new IllegalStateException("Message " + messageId + " is not in the message log");
        }
        if (message.getStatus().isTerminal() || message.getDirection() == Direction.OUTBOUND) {
            recorder.event(message, "REDELIVERY_IGNORED", "already " + message.getStatus());
            return;
        }
        attempt(message);
        if (message.getStatus() != MessageStatus.RECEIVED) {
            settled.fire(new MessageSettled(message.getId()));
        }
    }

    private void attempt(LoggedMessage message) {
        // The payload is a lazy attribute: loading it refreshes the entity's unfetched state, so read it before
        // changing anything.
        byte[] payload = message.getPayload();
        int attempt = message.countAttempt();
        Interchange interchange = isCsv(message)
                ? new CsvOrderReader(csvLayouts.layoutOf(partnerNamedByTheChannel(message))).read(payload)
                : TRANSLATOR.translate(payload);
        identify(message, interchange);
        recorder.event(message, "TRANSLATED", describe(interchange) + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
        List<LoggedTransaction> transactions = recordTransactionSets(message, interchange);

        if (interchange.rejected()) {
            answerBrokenInterchange(message, interchange);
            recorder.errors(message, interchange.errors());
            transactions.forEach(transaction -> recorder.transactionState(message, transaction,
                    TransactionState.FAILED, firstCategory(interchange.errors()), "interchange rejected"));
            recorder.finish(message, MessageStatus.FAILED, firstCategory(interchange.errors()),
                    interchange.errors().get(0).message());
            return;
        }
        PartnerResolution resolution = !interchange.envelope().standard().hasEnvelope()
                ? partners.resolveByCode(message.getPartnerHint())
                : partners.resolve(interchange.envelope().sender(), interchange.envelope().receiver());
        if (!resolution.resolved()) {
            fail(message, transactions, new DocumentError(ErrorCategory.UNKNOWN_PARTNER,
                    Location.ofSegment(envelopeSegment(interchange.envelope()), 1, null), resolution.problem()));
            return;
        }
        TradingPartner partner = resolution.partner();
        if (message.getSentAs() != null && !message.getSentAs().equals(partner.code())) {
            fail(message, transactions, new DocumentError(ErrorCategory.UNKNOWN_PARTNER,
                    Location.ofSegment(envelopeSegment(interchange.envelope()), 1, null),
                    "The document is " + partner.code() + "'s, but it was sent with " + message.getSentAs()
                            + "'s credentials: a partner may only send its own documents"));
            return;
        }
        if (!partner.sendsOn(message.getChannel())) {
            fail(message, transactions, new DocumentError(ErrorCategory.UNKNOWN_PARTNER,
                    Location.ofSegment(envelopeSegment(interchange.envelope()), 1, null),
                    partner.code() + " does not send over " + message.getChannel() + " (its profile's channels.inbound: "
                            + partner.channels().inbound() + "): a document on another channel is not taken as its"));
            return;
        }
        message.assignPartner(partner.code());
        String firstReceipt = receiptOf(message, partner, interchange.envelope());
        if (firstReceipt != null) {
            message.markDuplicateOf(firstReceipt);
            DocumentError duplicate = new DocumentError(ErrorCategory.DUPLICATE,
                    Location.ofSegment(envelopeSegment(interchange.envelope()), 1, null),
                    "Interchange " + interchange.envelope().interchangeControl() + " from " + partner.code()
                            + " was already received in message " + firstReceipt);
            recorder.error(message, duplicate);
            transactions.forEach(transaction -> recorder.transactionState(message, transaction,
                    TransactionState.DUPLICATE, ErrorCategory.DUPLICATE, null));
            answer(message, interchange, partner, true);
            recorder.finish(message, MessageStatus.DUPLICATE, ErrorCategory.DUPLICATE, duplicate.message());
            return;
        }
        answer(message, interchange, partner, false);
        boolean acknowledgementsOnly = reconcileAcknowledgements(message, partner, payload, transactions);
        if (acknowledgementsOnly && transactions.isEmpty()) {
            recorder.finish(message, message.getErrors().isEmpty() ? MessageStatus.COMPLETED : MessageStatus.FAILED,
                    firstCategoryOf(message), "interchange acknowledgement reconciled");
            return;
        }
        try {
            processTransactionSets(message, partner, interchange, transactions);
        } catch (OdooUnavailableException | CircuitBreakerOpenException unavailable) {
            retryLater(message, partner, unavailable instanceof CircuitBreakerOpenException
                    ? "Odoo is unavailable (circuit open after repeated failures)"
                    : "Odoo is unavailable: " + unavailable.getMessage());
            return;
        }
        conclude(message);
    }

    /** A CSV batch says nothing of its format but its content type: its rows could be anything. */
    private static boolean isCsv(LoggedMessage message) {
        return message.getContentType() != null
                && message.getContentType().toLowerCase(Locale.ROOT).startsWith(DocumentIntake.CSV_TYPE);
    }

    /** The partner a document without an envelope belongs to: its sender's credentials, else what it was told. */
    private static String partnerNamedByTheChannel(LoggedMessage message) {
        return message.getSentAs() != null ? message.getSentAs() : message.getPartnerHint();
    }

    /** Issues the acknowledgements the partner's profile asks for (none for an unknown partner). */
    private void answer(LoggedMessage message, Interchange interchange, TradingPartner partner, boolean duplicate) {
        if (interchange.envelope().standard() == Standard.X12 || interchange.envelope().standard() == Standard.EDIFACT) {
            partners.find(partner.code()).ifPresent(profile ->
                    acknowledgements.answer(message, interchange, profile, duplicate));
        }
    }

    /** A broken envelope still gets its TA1 or CONTRL when the sender is known and its profile asks for one. */
    private void answerBrokenInterchange(LoggedMessage message, Interchange interchange) {
        EnvelopeFacts envelope = interchange.envelope();
        if (envelope.sender() == null || envelope.receiver() == null || !envelope.standard().hasEnvelope()) {
            return;
        }
        PartnerResolution resolution = partners.resolve(envelope.sender(), envelope.receiver());
        if (resolution.resolved()) {
            message.assignPartner(resolution.partner().code());
            answer(message, interchange, resolution.partner(), false);
        }
    }

    /**
     * Routes the partner's acknowledgements (TA1, 997, 999, CONTRL) to reconciliation; returns whether the
     * interchange held any. Its acknowledgement sets end RECONCILED, or FAILED when something in it matches
     * nothing we sent (UNMATCHED_ACKNOWLEDGEMENT: kept and shown, never dropped).
     */
    private boolean reconcileAcknowledgements(LoggedMessage message, TradingPartner partner, byte[] payload,
            List<LoggedTransaction> transactions) {
        Optional<ReceivedAcknowledgement> received = AcknowledgementReader.read(payload);
        if (received.isEmpty()) {
            return false;
        }
        AcknowledgementReconciler.Outcome outcome = reconciler.reconcile(message, partner.code(), received.get());
        outcome.unmatched().forEach(problem -> recorder.error(message, new DocumentError(
                ErrorCategory.UNMATCHED_ACKNOWLEDGEMENT, Location.ofPayload(), problem)));
        String detail = "acknowledges " + (outcome.matched().isEmpty() ? "nothing we sent"
                : "message(s) " + String.join(", ", outcome.matched()));
        recorder.event(message, "ACKNOWLEDGEMENT_RECONCILED", detail
                + (outcome.unmatched().isEmpty() ? "" : "; " + outcome.unmatched().size() + " part(s) match nothing"));
        transactions.stream().filter(t -> ACKNOWLEDGEMENT_TYPES.contains(t.getDocType())).forEach(t ->
                recorder.transactionState(message, t, outcome.unmatched().isEmpty() ? TransactionState.RECONCILED
                        : TransactionState.FAILED, outcome.unmatched().isEmpty() ? null
                        : ErrorCategory.UNMATCHED_ACKNOWLEDGEMENT, detail));
        return true;
    }

    private void retryLater(LoggedMessage message, TradingPartner partner, String reason) {
        int attempt = message.getAttempts();
        int limit = retryPolicy.maxAttempts(partner);
        if (attempt >= limit) {
            String detail = reason + "; gave up after " + attempt + " attempt(s)";
            recorder.finish(message, MessageStatus.DEAD_LETTER, null, detail);
            queue.deadLetter(message.getId(), detail);
            return;
        }
        Duration delay = retryPolicy.delayAfter(attempt, ThreadLocalRandom.current()::nextDouble);
        LocalDateTime due = recorder.now().plus(delay);
        message.scheduleRetry(due, recorder.now());
        recorder.event(message, MessageStatus.RETRY_SCHEDULED.name(), "attempt " + attempt + " of " + limit
                + " failed: " + reason + "; next attempt in " + delay.toMillis() + " ms");
        queue.enqueueAfter(message.getId(), delay);
    }

    private void processTransactionSets(LoggedMessage message, TradingPartner partner, Interchange interchange,
            List<LoggedTransaction> transactions) {
        List<TransactionSet> orders = new ArrayList<>();
        List<LoggedTransaction> orderTransactions = new ArrayList<>();
        List<TransactionSet> changes = new ArrayList<>();
        List<LoggedTransaction> changeTransactions = new ArrayList<>();
        Set<String> poNumbersInThisInterchange = new HashSet<>();
        for (int i = 0; i < transactions.size(); i++) {
            TransactionSet set = interchange.transactionSets().get(i);
            LoggedTransaction transaction = transactions.get(i);
            if (transaction.getState().isSuccessful() || ACKNOWLEDGEMENT_TYPES.contains(set.docType())) {
                continue; // an earlier attempt or run got this one done, or reconciliation took it
            }
            if (set.disposition() == Disposition.UNSUPPORTED) {
                recorder.transactionState(message, transaction, TransactionState.UNSUPPORTED, null,
                        set.docType() + " " + set.version() + " is not processed yet");
            } else if (set.disposition() == Disposition.REJECTED) {
                recorder.errors(message, set.errors());
                recorder.transactionState(message, transaction, TransactionState.FAILED,
                        firstCategory(set.errors()), set.errors().isEmpty() ? null : set.errors().get(0).message());
            } else if (set.document() instanceof InventoryReport report) {
                inventoryReports.store(message, partner.code(), transaction, report);
            } else if (set.document() instanceof OrderChange) {
                changes.add(set);
                changeTransactions.add(transaction);
            } else if (!poNumbersInThisInterchange.add(set.order().poNumber())
                    || !claimPurchaseOrder(message, partner, transaction)) {
                DocumentError duplicate = new DocumentError(ErrorCategory.DUPLICATE,
                        Location.ofSegment(null, null, set.controlNumber()),
                        "Purchase order " + set.order().poNumber() + " of " + partner.code()
                                + " was already received" + claimedIn(partner, set.order().poNumber(), message));
                recorder.error(message, duplicate);
                recorder.transactionState(message, transaction, TransactionState.DUPLICATE, ErrorCategory.DUPLICATE,
                        duplicate.message());
            } else {
                orders.add(set);
                orderTransactions.add(transaction);
            }
        }
        if (!orders.isEmpty()) {
            PlacementLane lane = placements.lane();
            try (var arrival = lane.expect()) {
                odooGuard.call(() -> {
                    mapAndPlace(message, partner, orders, orderTransactions, lane, arrival);
                    return null;
                });
            }
        }
        if (!changes.isEmpty()) {
            // After the orders: an interchange may carry an order and its change.
            odooGuard.call(() -> {
                orderChanges.apply(message, partner, odooConnection.client(), changes, changeTransactions);
                return null;
            });
        }
    }

    private void mapAndPlace(LoggedMessage message, TradingPartner partner, List<TransactionSet> orders,
            List<LoggedTransaction> orderTransactions, PlacementLane lane,
            GroupCommit<List<SaleOrderDraft>, PlacementLane.Placed>.Arrival arrival) {
        OdooClient odoo = odooConnection.client();
        List<MappedOrder> mapped = new OrderMapper(odoo).map(partner, orders);
        if (mapped.stream().anyMatch(order -> !order.mapped())) {
            // A MAPPING error must reflect Odoo as it is now, never a cached "not found".
            mapped = new OrderMapper(odooConnection.refreshingClient()).map(partner, orders);
        }
        List<MappedOrder> placeable = new ArrayList<>();
        List<LoggedTransaction> placeableTransactions = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            MappedOrder order = mapped.get(i);
            if (order.mapped()) {
                placeable.add(order);
                placeableTransactions.add(orderTransactions.get(i));
            } else {
                recorder.errors(message, order.errors());
                recorder.transactionState(message, orderTransactions.get(i), TransactionState.FAILED,
                        ErrorCategory.MAPPING, order.errors().get(0).message());
            }
        }
        if (placeable.isEmpty()) {
            return;
        }
        PlacementLane.Placed placed = lane.place(arrival, placeable.stream().map(MappedOrder::draft).toList(),
                batch -> new OrderPlacement(odoo).place(batch));
        if (placed.batchInterchanges() > 1) {
            recorder.event(message, "PLACED_IN_BATCH", "placed with the orders of other interchanges: "
                    + placed.batchOrders() + " order(s) of " + placed.batchInterchanges() + " interchange(s) in one"
                    + " create and one confirm");
        }
        List<OrderPlacement.Outcome> outcomes = placed.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            record(message, placeableTransactions.get(i), outcomes.get(i));
        }
    }

    private void record(LoggedMessage message, LoggedTransaction transaction, OrderPlacement.Outcome outcome) {
        if (outcome.orderId() != null) {
            transaction.recordOdooRecord("sale.order", outcome.orderId(), outcome.orderName());
            recorder.transactionState(message, transaction, TransactionState.IN_ODOO, null,
                    (outcome.existed() ? "found existing " : "created ") + "sale.order " + outcome.orderId()
                            + " " + Objects.toString(outcome.orderName(), ""));
        }
        if (outcome.rejected()) {
            OdooException rejection = outcome.rejection();
            DocumentError error = new DocumentError(ErrorCategory.ODOO_REJECTED,
                    Location.ofSegment(null, null, transaction.getControlNumber()),
                    "Odoo refused " + (outcome.orderId() == null ? "to create" : "to confirm") + " the order for PO "
                            + transaction.getPoNumber() + ": " + rejection.getMessage()
                            + (rejection.errorName() == null ? "" : " (" + rejection.errorName() + ")"));
            recorder.error(message, error);
            recorder.transactionState(message, transaction, TransactionState.FAILED, ErrorCategory.ODOO_REJECTED,
                    error.message());
        } else if (outcome.confirmed()) {
            recorder.transactionState(message, transaction, TransactionState.CONFIRMED, null,
                    "sale.order " + outcome.orderId() + " " + Objects.toString(outcome.orderName(), "") + " confirmed");
        }
    }

    /** Claims the PO for this transaction; false when another transaction owns it. */
    private boolean claimPurchaseOrder(LoggedMessage message, TradingPartner partner, LoggedTransaction transaction) {
        PurchaseOrderClaim claim = entityManager.find(PurchaseOrderClaim.class,
                new PurchaseOrderClaim.Key(partner.code(), transaction.getPoNumber()));
        if (claim == null) {
            entityManager.persist(new PurchaseOrderClaim(partner.code(), transaction.getPoNumber(),
                    transaction.getId(), message.getId(), recorder.now()));
            // Written now, before Odoo is called: a concurrent claim of the same PO waits here, then fails.
            entityManager.flush();
            return true;
        }
        return claim.getTransactionId() == transaction.getId();
    }

    private String claimedIn(TradingPartner partner, String poNumber, LoggedMessage message) {
        PurchaseOrderClaim claim = entityManager.find(PurchaseOrderClaim.class,
                new PurchaseOrderClaim.Key(partner.code(), poNumber));
        return claim == null || claim.getMessageId().equals(message.getId()) ? " in this interchange"
                : " in message " + claim.getMessageId();
    }

    /** The message that first received this interchange, or null when it is this one. */
    private String receiptOf(LoggedMessage message, TradingPartner partner, EnvelopeFacts envelope) {
        if (envelope.interchangeControl() == null) {
            return null;
        }
        InterchangeReceipt receipt = entityManager.find(InterchangeReceipt.class,
                new InterchangeReceipt.Key(partner.code(), envelope.interchangeControl()));
        if (receipt == null) {
            entityManager.persist(new InterchangeReceipt(partner.code(), envelope.interchangeControl(),
                    message.getId(), recorder.now()));
            return null;
        }
        return receipt.getMessageId().equals(message.getId()) ? null : receipt.getMessageId();
    }

    private List<LoggedTransaction> recordTransactionSets(LoggedMessage message, Interchange interchange) {
        List<LoggedTransaction> transactions = new ArrayList<>();
        List<TransactionSet> sets = interchange.transactionSets();
        for (int position = 0; position < sets.size(); position++) {
            TransactionSet set = sets.get(position);
            LoggedTransaction transaction = position < message.getTransactions().size()
                    ? message.getTransactions().get(position)
                    : message.addTransaction(new LoggedTransaction(message, position + 1, set.controlNumber(),
                            set.groupControlNumber(), set.docType(), set.version(), recorder.now()));
            if (set.document() != null) {
                transaction.recordCanonical(reference(set.document()), CanonicalJson.write(set.document()));
            }
            transactions.add(transaction);
        }
        entityManager.flush();
        return transactions;
    }

    /** What a transaction set is found by in the log: the PO an order or a change is about, a report's id. */
    private static String reference(CanonicalDocument document) {
        if (document instanceof CanonicalOrder order) {
            return order.poNumber();
        }
        return document instanceof OrderChange change ? change.poNumber() : ((InventoryReport) document).reportId();
    }

    private void fail(LoggedMessage message, List<LoggedTransaction> transactions, DocumentError error) {
        recorder.error(message, error);
        transactions.forEach(transaction -> recorder.transactionState(message, transaction, TransactionState.FAILED,
                error.category(), null));
        recorder.finish(message, MessageStatus.FAILED, error.category(), error.message());
    }

    private void conclude(LoggedMessage message) {
        List<LoggedTransaction> transactions = message.getTransactions();
        long confirmed = transactions.stream().filter(t -> t.getState().isSuccessful()).count();
        ErrorCategory category = firstCategoryOf(message);
        MessageStatus status;
        if (transactions.isEmpty()) {
            status = MessageStatus.FAILED;
            category = ErrorCategory.MISSING_MANDATORY;
            recorder.error(message, new DocumentError(category, Location.ofPayload(),
                    "The interchange holds no transaction set"));
        } else if (confirmed == transactions.size()) {
            status = MessageStatus.COMPLETED;
        } else if (confirmed > 0) {
            status = MessageStatus.PARTIALLY_COMPLETED;
        } else if (transactions.stream().allMatch(t -> t.getState() == TransactionState.UNSUPPORTED)) {
            status = MessageStatus.UNSUPPORTED;
        } else if (transactions.stream().allMatch(t -> t.getState() == TransactionState.DUPLICATE)) {
            status = MessageStatus.DUPLICATE;
        } else {
            status = MessageStatus.FAILED;
        }
        recorder.finish(message, status, category, confirmed + " of " + transactions.size()
                + " transaction set(s) done (confirmed in Odoo, or reconciled)");
    }

    private static void identify(LoggedMessage message, Interchange interchange) {
        EnvelopeFacts envelope = interchange.envelope();
        message.identify(envelope.standard().name(), envelope.version(), interchange.docType(),
                envelope.sender() == null ? null : envelope.sender().toString(),
                envelope.receiver() == null ? null : envelope.receiver().toString(),
                envelope.interchangeControl(), envelope.test());
    }

    private static String describe(Interchange interchange) {
        EnvelopeFacts envelope = interchange.envelope();
        return envelope.standard() + " " + Objects.toString(envelope.version(), "") + " interchange "
                + Objects.toString(envelope.interchangeControl(), "?") + " from " + envelope.sender() + ": "
                + interchange.transactionSets().size() + " transaction set(s), " + interchange.errors().size()
                + " envelope error(s)";
    }

    private static String envelopeSegment(EnvelopeFacts envelope) {
        return switch (envelope.standard()) {
            case X12 -> "ISA";
            case EDIFACT -> "UNB";
            case JSON, CSV, UNKNOWN -> null;
        };
    }

    private static ErrorCategory firstCategoryOf(LoggedMessage message) {
        return message.getErrors().isEmpty() ? null : ErrorCategory.valueOf(message.getErrors().get(0).getCategory());
    }

    private static ErrorCategory firstCategory(List<DocumentError> errors) {
        return errors.isEmpty() ? null : errors.get(0).category();
    }
}

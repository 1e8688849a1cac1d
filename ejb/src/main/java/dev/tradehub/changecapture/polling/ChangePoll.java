package dev.tradehub.changecapture.polling;

import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.changecapture.CaptureCursor;
import dev.tradehub.changecapture.ChangeCapture;
import dev.tradehub.changecapture.FollowedModel;
import dev.tradehub.lifecycle.CustomerClaims;
import dev.tradehub.lifecycle.OrderFact;
import dev.tradehub.lifecycle.OrderLifecycle;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.odoo.transport.JsonSupport;
import dev.tradehub.bootstrap.OdooGuard;
import dev.tradehub.bootstrap.OdooUnavailableException;
import dev.tradehub.persistence.changecapture.StoredCursor;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * One poll of one followed model, in a transaction that holds the model's cursor row: it reads Odoo's changes since
 * the cursor, lets the order's life handle each fact (each in a transaction of its own, idempotent), and keeps the
 * new cursor. If Odoo is unavailable the poll rolls back and the next one reads the same records again; a crash
 * anywhere does the same. So a change is never skipped, and the facts' keys keep it from producing twice.
 */
@Stateless
public class ChangePoll {

    private static final Logger LOG = Logger.getLogger(ChangePoll.class.getName());

    /** What one poll did. */
    public record Outcome(FollowedModel model, int changes, int facts, int calls, LocalDateTime watermark) {
    }

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private OrderLifecycle lifecycle;

    @EJB
    private OdooConnection odooConnection;

    @EJB
    private CustomerClaims claims;

    @Inject
    private OdooGuard odooGuard;

    /** Records a poll page holds. */
    @Inject
    @ConfigProperty(name = "tradehub.changecapture.page-size", defaultValue = "100")
    private int pageSize;

    /**
     * How far before its watermark a poll reads again: a transaction's records carry the time it started, so what a
     * long transaction commits after a poll is older than that poll's watermark.
     */
    @Inject
    @ConfigProperty(name = "tradehub.changecapture.overlap-seconds", defaultValue = "30")
    private long overlapSeconds;

    /** Where a model's cursor starts when TradeHub follows it for the first time. */
    @Inject
    @ConfigProperty(name = "tradehub.changecapture.initial-lookback-hours", defaultValue = "24")
    private long initialLookbackHours;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome poll(FollowedModel model) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StoredCursor stored = entityManager.find(StoredCursor.class, model.odooModel(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            stored = new StoredCursor(model.odooModel(), now.minusHours(initialLookbackHours).withNano(0));
            entityManager.persist(stored);
            entityManager.flush();
        }
        CaptureCursor cursor = new CaptureCursor(stored.getWatermark(), CursorJson.read(stored.getReported()));
        OdooClient odoo = odooConnection.client();
        ChangeCapture.Poll poll = odooGuard.call(() -> ChangeCapture.poll(cursor, (since, limit, offset) ->
                odoo.changedSince(model.odooModel(), model.filter(), since, model.fields(), limit, offset),
                pageSize, Duration.ofSeconds(overlapSeconds)));
        List<OrderFact> facts = poll.changes().isEmpty() ? List.of()
                : lifecycle.factsOf(model.odooModel(), poll.changes());
        handle(facts);
        CaptureCursor next = poll.next();
        stored.advance(next.watermark(), CursorJson.write(next.reported()), poll.changes().size(), now);
        return new Outcome(model, poll.changes().size(), facts.size(), poll.calls(), next.watermark());
    }

    /**
     * Answers the confirmed orders TradeHub placed that change capture did not see as TradeHub's (it read their
     * confirmation before the placing transaction committed, or a retry found them in Odoo later): their sale orders
     * are read again and handled like any reported change. Keyed facts make this harmless for orders answered since.
     */
    public int catchUpOrders() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> unanswered = lifecycle.unansweredOrders(now.minusHours(initialLookbackHours), now.minusSeconds(2),
                pageSize);
        if (unanswered.isEmpty()) {
            return 0;
        }
        List<OrderFact> facts = odooGuard.call(() -> lifecycle.factsOf(FollowedModel.SALE_ORDERS.odooModel(),
                odooConnection.client().read(FollowedModel.SALE_ORDERS.odooModel(), unanswered,
                        FollowedModel.SALE_ORDERS.fields())));
        handle(facts);
        return facts.size();
    }

    /**
     * Claims the settled orders of the customers whose profiles claim them ({@link CustomerClaims}), confirmed and
     * last written up to {@code until} since the previous sweep's {@code until} (less the overlap; the initial
     * lookback when null), and handles what each one's life already holds: its confirmation, its done deliveries,
     * its posted invoices (they may have come before the claim). Returns how many orders it claimed.
     */
    public int claimCustomerOrders(LocalDateTime previousUntil, LocalDateTime until) {
        if (!claims.anyClaims()) {
            return 0;
        }
        LocalDateTime from = previousUntil == null ? until.minusHours(initialLookbackHours)
                : previousUntil.minusSeconds(overlapSeconds);
        int claimed = 0;
        for (CustomerClaims.Claim claim : odooGuard.call(() -> claims.claimable(from, until))) {
            boolean recorded;
            try {
                recorded = claims.record(claim).isPresent();
            } catch (EJBException e) {
                // The PO's claim was taken meanwhile (TradeHub's own 850 of it committing): not a claim.
                LOG.info(() -> "Sale order " + claim.saleOrder().name() + " not claimed for " + claim.partnerCode()
                        + ": " + rootCause(e));
                continue;
            }
            if (recorded) {
                claimed++;
                handle(odooGuard.call(() -> factsSoFar(claim.saleOrder())));
            }
        }
        return claimed;
    }

    private List<OrderFact> factsSoFar(OdooRecord saleOrder) {
        OdooClient odoo = odooConnection.client();
        List<OrderFact> facts = new ArrayList<>(lifecycle.factsOf(FollowedModel.SALE_ORDERS.odooModel(),
                List.of(saleOrder)));
        List<JsonArray> deliveries = new ArrayList<>(FollowedModel.DELIVERIES.filter());
        deliveries.add(JsonSupport.term("sale_id", "=", JsonSupport.number(saleOrder.id())));
        facts.addAll(lifecycle.factsOf(FollowedModel.DELIVERIES.odooModel(), odoo.search(
                FollowedModel.DELIVERIES.odooModel(), deliveries, FollowedModel.DELIVERIES.fields(), "id")));
        List<JsonArray> invoices = new ArrayList<>(FollowedModel.INVOICES.filter());
        invoices.add(JsonSupport.term("invoice_origin", "ilike", JsonSupport.string(saleOrder.name())));
        facts.addAll(lifecycle.factsOf(FollowedModel.INVOICES.odooModel(), odoo.search(
                FollowedModel.INVOICES.odooModel(), invoices, FollowedModel.INVOICES.fields(), "id")));
        return facts;
    }

    private void handle(List<OrderFact> facts) {
        for (OrderFact fact : facts) {
            try {
                lifecycle.handle(fact);
            } catch (EJBException e) {
                Throwable cause = rootCause(e);
                if (unavailable(cause)) {
                    throw e;
                }
                lifecycle.fail(fact, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }
    }

    /** Odoo could not be used: the facts wait for the next poll rather than being kept as failed. */
    static boolean unavailable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof OdooUnavailableException || t instanceof CircuitBreakerOpenException
                    || (t instanceof OdooException odoo && (odoo.isTransient()
                            || odoo.kind() == OdooException.Kind.AUTHENTICATION))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(EJBException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}

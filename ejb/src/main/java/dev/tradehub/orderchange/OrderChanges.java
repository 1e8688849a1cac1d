package dev.tradehub.orderchange;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.canonical.OrderChange;
import dev.tradehub.lifecycle.OrderLifecycle;
import dev.tradehub.lifecycle.TrackedOrders;
import dev.tradehub.mapping.MappedOrder;
import dev.tradehub.mapping.OrderMapper;
import dev.tradehub.messagelog.CanonicalJson;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.messagelog.Sha256;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.odoo.SaleOrderChange;
import dev.tradehub.odoo.transport.JsonSupport;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.partner.TradingPartner;
import dev.tradehub.persistence.lifecycle.OrderChangeRecord;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.PurchaseOrderClaim;
import dev.tradehub.persistence.messagelog.TransactionState;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.TransactionSet;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Applies the buyer's changes to the sale orders TradeHub placed, in the interchange's processing transaction: the
 * change is matched to its order (partner and PO number), translated into one Odoo write (or the order's
 * cancellation), and kept with its outcome, so that the same change sent again is a DUPLICATE that changes nothing.
 * A change Odoo refuses (section 12 of the transcripts: below the delivered quantity, a cancelled order, a removed
 * line) fails with ODOO_REJECTED and Odoo's reason; an unavailable Odoo propagates, and the message is retried.
 * When the partner's profile asks for responses to changes, an order response shows what Odoo now holds against
 * what the buyer asked.
 */
@Stateless
public class OrderChanges {

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private OrderLifecycle lifecycle;

    @EJB
    private PartnerRegistry partners;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /** Applies each change set, in order. */
    public void apply(LoggedMessage message, TradingPartner partner, OdooClient odoo, List<TransactionSet> sets,
            List<LoggedTransaction> transactions) {
        for (int i = 0; i < sets.size(); i++) {
            apply(message, partner, odoo, sets.get(i), transactions.get(i));
        }
    }

    private void apply(LoggedMessage message, TradingPartner partner, OdooClient odoo, TransactionSet set,
            LoggedTransaction transaction) {
        OrderChange change = (OrderChange) set.document();
        String key = key(partner.code(), change);
        OrderChangeRecord earlier = entityManager.find(OrderChangeRecord.class, key);
        if (earlier != null) {
            fail(message, transaction, ErrorCategory.DUPLICATE, "Change " + describe(change) + " of purchase order "
                    + change.poNumber() + " was already received (transaction " + earlier.getTransactionId()
                    + ", " + earlier.getState().name().toLowerCase(java.util.Locale.ROOT) + ")", TransactionState.DUPLICATE);
            return;
        }
        PurchaseOrderClaim claim = entityManager.find(PurchaseOrderClaim.class,
                new PurchaseOrderClaim.Key(partner.code(), change.poNumber()));
        LoggedTransaction placed = claim == null ? null : entityManager.find(LoggedTransaction.class,
                claim.getTransactionId());
        if (placed == null || placed.getOdooId() == null) {
            fail(message, transaction, ErrorCategory.MAPPING, "Purchase order " + change.poNumber() + " of "
                    + partner.code() + (placed == null ? " was never received: there is no order to change"
                    : " is not in Odoo (" + placed.getState() + "): there is no sale order to change"),
                    TransactionState.FAILED);
            return;
        }
        CanonicalOrder current = new TrackedOrders(entityManager).byTransactionId(placed.getId()).ordered();
        ChangePlan plan = ChangePlan.of(current, saleLineIds(odoo, placed.getOdooId()), change);
        if (!plan.problems().isEmpty()) {
            fail(message, transaction, ErrorCategory.MAPPING, "The change to purchase order " + change.poNumber()
                    + " cannot be applied: " + String.join("; ", plan.problems()), TransactionState.FAILED);
            return;
        }
        List<dev.tradehub.odoo.SaleOrderDraft.Line> additions = List.of();
        if (!plan.added().isEmpty()) {
            MappedOrder mapped = new OrderMapper(odoo).map(partner, List.of(additionsAsOrder(set, current, plan)))
                    .get(0);
            if (!mapped.mapped()) {
                recorder.errors(message, mapped.errors());
                recorder.transactionState(message, transaction, TransactionState.FAILED, ErrorCategory.MAPPING,
                        mapped.errors().get(0).message());
                return;
            }
            additions = mapped.draft().lines();
        }
        String what = change.purpose() == OrderChange.Purpose.CANCEL ? "order cancelled"
                : plan.description().isEmpty() ? "nothing changes" : String.join("; ", plan.description());
        OrderChangeRecord.State outcome;
        String detail;
        try {
            if (change.purpose() == OrderChange.Purpose.CANCEL) {
                odoo.cancelSaleOrders(List.of(placed.getOdooId()));
            } else {
                SaleOrderChange odooChange = plan.odooChange();
                odoo.changeSaleOrder(placed.getOdooId(), new SaleOrderChange(odooChange.commitmentDate(),
                        odooChange.updates(), additions));
            }
            outcome = OrderChangeRecord.State.APPLIED;
            detail = "sale.order " + placed.getOdooId() + " " + placed.getOdooName() + ": " + what;
            recorder.transactionState(message, transaction, TransactionState.APPLIED, null, detail);
        } catch (OdooException e) {
            if (e.isTransient() || e.kind() == OdooException.Kind.AUTHENTICATION) {
                throw e;
            }
            outcome = OrderChangeRecord.State.REFUSED;
            detail = "Odoo refused the change to purchase order " + change.poNumber() + " (" + what + "): "
                    + e.getMessage();
            fail(message, transaction, ErrorCategory.ODOO_REJECTED, detail, TransactionState.FAILED);
        }
        CanonicalOrder asked = change.purpose() == OrderChange.Purpose.CANCEL ? current : plan.changed();
        entityManager.persist(new OrderChangeRecord(key, partner.code(), change.poNumber(), transaction.getId(),
                placed.getId(), outcome, detail, outcome == OrderChangeRecord.State.APPLIED
                        ? CanonicalJson.write(asked) : null, recorder.now()));
        recorder.event(placed.getMessage(), outcome == OrderChangeRecord.State.APPLIED ? "CHANGE_APPLIED"
                : "CHANGE_REFUSED", detail + " (change in message " + message.getId() + ")");
        partners.find(partner.code()).filter(profile -> profile.documentSettings().wantsOrderResponseOnChange())
                .ifPresent(profile -> lifecycle.answerChange(placed.getId(), CanonicalJson.write(asked), key));
    }

    private static List<Long> saleLineIds(OdooClient odoo, long saleOrderId) {
        return odoo.search("sale.order.line", List.of(JsonSupport.term("order_id", "=", JsonSupport.number(saleOrderId)),
                JsonSupport.term("display_type", "=", JsonValue.FALSE)), List.of("id"), "sequence, id").stream()
                .map(OdooRecord::id).toList();
    }

    /** The added lines as an order of their own, to map their items and units like any order's. */
    private static TransactionSet additionsAsOrder(TransactionSet set, CanonicalOrder current, ChangePlan plan) {
        CanonicalOrder additions = new CanonicalOrder(current.poNumber(), current.poDate(), current.currency(),
                current.buyer(), current.shipTo(), null, plan.added(), plan.added().size());
        return new TransactionSet(set.controlNumber(), set.docType(), set.version(), set.groupControlNumber(),
                set.groupSender(), set.groupReceiver(), additions, List.of(), Disposition.ACCEPTED,
                set.startPosition());
    }

    private void fail(LoggedMessage message, LoggedTransaction transaction, ErrorCategory category, String text,
            TransactionState state) {
        recorder.error(message, new DocumentError(category, Location.ofSegment(null, null,
                transaction.getControlNumber()), text));
        recorder.transactionState(message, transaction, state, category, text);
    }

    /** Partner, PO and the change's own number, else its content: the same change sent again has the same key. */
    static String key(String partnerCode, OrderChange change) {
        String which = change.changeNumber() != null && !change.changeNumber().isBlank()
                ? "#" + change.changeNumber().trim() : "sha256:" + Sha256.hex(CanonicalJson.write(change));
        return partnerCode + ":" + change.poNumber() + ":" + which;
    }

    private static String describe(OrderChange change) {
        return change.changeNumber() == null ? "(same content)" : change.changeNumber();
    }

}

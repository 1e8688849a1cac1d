package dev.tradehub.orchestration.placement;

import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.odoo.SaleOrderDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Places sale orders in Odoo idempotently: find the customer's orders by {@code client_order_ref} first, create only
 * the missing ones (in one {@code vals_list} call), then confirm those not yet confirmed. Odoo commits create and
 * confirm separately, so a retry after a failure between the two finds the order and only confirms it.
 *
 * <p>A business rejection of a batch says nothing of which order caused it (Odoo rolls the whole call back): the
 * batch is then split in halves, and each half retried, down to the guilty orders alone, so that only they fail, with
 * Odoo's own text (a few calls more per guilty order, instead of one call per order of the batch). Transient failures propagate as
 * {@link OdooException} for the caller's retry.
 */
public final class OrderPlacement {

    private static final Set<String> CONFIRMED_STATES = Set.of("sale", "done");
    private static final List<String> ORDER_FIELDS = List.of("id", "name", "state", "client_order_ref");

    private final OdooClient odoo;

    public OrderPlacement(OdooClient odoo) {
        this.odoo = odoo;
    }

    /** What became of one draft. */
    public record Outcome(SaleOrderDraft draft, Long orderId, String orderName, boolean confirmed, boolean existed,
            OdooException rejection) {

        public boolean rejected() {
            return rejection != null;
        }
    }

    /** Places the drafts (all for the same customer or not); one outcome per draft, in input order. */
    public List<Outcome> place(List<SaleOrderDraft> drafts) {
        Map<SaleOrderDraft, OdooRecord> existing = findExisting(drafts);
        List<SaleOrderDraft> missing = drafts.stream().filter(draft -> !existing.containsKey(draft)).toList();
        Map<SaleOrderDraft, Long> createdIds = new HashMap<>();
        Map<SaleOrderDraft, OdooException> rejections = new HashMap<>();
        createAll(missing, createdIds, rejections);

        List<Long> ids = new ArrayList<>();
        existing.values().forEach(order -> ids.add(order.id()));
        ids.addAll(createdIds.values());
        Map<Long, OdooRecord> orders = new HashMap<>();
        if (!ids.isEmpty()) {
            odoo.read("sale.order", ids, ORDER_FIELDS).forEach(order -> orders.put(order.id(), order));
        }
        List<Long> toConfirm = ids.stream()
                .filter(id -> orders.get(id) == null || !CONFIRMED_STATES.contains(orders.get(id).text("state")))
                .toList();
        Map<Long, OdooException> confirmRejections = new HashMap<>();
        confirmAll(toConfirm, confirmRejections);

        List<Outcome> outcomes = new ArrayList<>(drafts.size());
        for (SaleOrderDraft draft : drafts) {
            if (rejections.containsKey(draft)) {
                outcomes.add(new Outcome(draft, null, null, false, false, rejections.get(draft)));
                continue;
            }
            boolean existed = existing.containsKey(draft);
            long id = existed ? existing.get(draft).id() : createdIds.get(draft);
            OdooRecord order = orders.get(id);
            String name = order == null ? null : order.name();
            OdooException rejection = confirmRejections.get(id);
            outcomes.add(new Outcome(draft, id, name, rejection == null, existed, rejection));
        }
        return outcomes;
    }

    /** The drafts' orders already in Odoo: one {@code search_read} for the whole batch, paired by customer and ref. */
    private Map<SaleOrderDraft, OdooRecord> findExisting(List<SaleOrderDraft> drafts) {
        Map<String, OdooRecord> byCustomerAndRef = new HashMap<>();
        for (OdooRecord order : odoo.findSaleOrders(drafts.stream().map(SaleOrderDraft::partnerId).toList(),
                drafts.stream().map(SaleOrderDraft::clientOrderRef).toList())) {
            byCustomerAndRef.putIfAbsent(order.reference("partner_id") + "/" + order.text("client_order_ref"), order);
        }
        Map<SaleOrderDraft, OdooRecord> existing = new HashMap<>();
        drafts.forEach(draft -> {
            OdooRecord order = byCustomerAndRef.get(draft.partnerId() + "/" + draft.clientOrderRef());
            if (order != null) {
                existing.put(draft, order);
            }
        });
        return existing;
    }

    private void createAll(List<SaleOrderDraft> drafts, Map<SaleOrderDraft, Long> createdIds,
            Map<SaleOrderDraft, OdooException> rejections) {
        bisected(drafts, batch -> {
            List<Long> ids = odoo.createSaleOrders(batch);
            for (int i = 0; i < batch.size(); i++) {
                createdIds.put(batch.get(i), ids.get(i));
            }
        }, rejections);
    }

    private void confirmAll(List<Long> ids, Map<Long, OdooException> rejections) {
        bisected(ids, odoo::confirmSaleOrders, rejections);
    }

    /**
     * One call for all items; when Odoo rejects it for business reasons, the halves again, down to the guilty items
     * alone, each with Odoo's rejection. Transient and authentication failures propagate.
     */
    private static <T> void bisected(List<T> items, Consumer<List<T>> call, Map<T, OdooException> rejections) {
        if (items.isEmpty()) {
            return;
        }
        try {
            call.accept(items);
        } catch (OdooException e) {
            if (e.isTransient() || e.kind() == OdooException.Kind.AUTHENTICATION) {
                throw e;
            }
            if (items.size() == 1) {
                rejections.put(items.get(0), e);
                return;
            }
            int half = items.size() / 2;
            bisected(items.subList(0, half), call, rejections);
            bisected(items.subList(half, items.size()), call, rejections);
        }
    }
}

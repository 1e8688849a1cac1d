package dev.tradehub.lifecycle;

import dev.tradehub.persistence.lifecycle.OrderChangeRecord;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the orders TradeHub placed among the Odoo records change capture reports: only those produce documents.
 * A sale order is ours when an inbound transaction recorded it; the earliest such transaction owns it (a replay
 * finds the order again and records the same one).
 */
public final class TrackedOrders {

    private final EntityManager entityManager;

    public TrackedOrders(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Ours among the sale order ids, keyed by sale order id. */
    Map<Long, TrackedOrder> bySaleOrderId(Collection<Long> saleOrderIds) {
        if (saleOrderIds.isEmpty()) {
            return Map.of();
        }
        return keyed(entityManager.createQuery("SELECT t FROM LoggedTransaction t WHERE t.odooModel = 'sale.order'"
                        + " AND t.odooId IN :ids AND t.canonical IS NOT NULL ORDER BY t.id DESC", LoggedTransaction.class)
                .setParameter("ids", List.copyOf(saleOrderIds)).getResultList());
    }

    /** Ours among the sale order names (an invoice's {@code invoice_origin}), keyed by sale order id. */
    Map<Long, TrackedOrder> bySaleOrderName(Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return keyed(entityManager.createQuery("SELECT t FROM LoggedTransaction t WHERE t.odooModel = 'sale.order'"
                        + " AND t.odooName IN :names AND t.canonical IS NOT NULL ORDER BY t.id DESC", LoggedTransaction.class)
                .setParameter("names", List.copyOf(names)).getResultList());
    }

    /** The order of an inbound transaction, as it stands now. */
    public TrackedOrder byTransactionId(long transactionId) {
        return current(entityManager.find(LoggedTransaction.class, transactionId));
    }

    private Map<Long, TrackedOrder> keyed(List<LoggedTransaction> newestFirst) {
        Map<Long, LoggedTransaction> owners = new LinkedHashMap<>();
        for (LoggedTransaction transaction : newestFirst) {
            owners.put(transaction.getOdooId(), transaction);
        }
        Map<Long, TrackedOrder> orders = new LinkedHashMap<>();
        owners.forEach((saleOrderId, transaction) -> orders.put(saleOrderId, current(transaction)));
        return orders;
    }

    /** The order with the buyer's lines as they stand after its latest applied change (added lines included). */
    private TrackedOrder current(LoggedTransaction transaction) {
        List<OrderChangeRecord> applied = entityManager.createQuery("SELECT c FROM OrderChangeRecord c WHERE"
                        + " c.orderTransactionId = :order AND c.state = :applied ORDER BY c.occurredAt DESC",
                        OrderChangeRecord.class)
                .setParameter("order", transaction.getId()).setParameter("applied", OrderChangeRecord.State.APPLIED)
                .setMaxResults(1).getResultList();
        return TrackedOrder.of(transaction, applied.isEmpty() ? transaction.getCanonical()
                : applied.get(0).getCanonical());
    }
}

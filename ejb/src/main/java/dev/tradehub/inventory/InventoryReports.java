package dev.tradehub.inventory;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.InventoryReport;
import dev.tradehub.canonical.Location;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.inventory.StoredInventoryQuantity;
import dev.tradehub.persistence.inventory.StoredInventoryReport;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.TransactionState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Keeps partners' inventory reports: stored in the interchange's processing transaction, once per partner and
 * report id (the same report sent again is a DUPLICATE), and searched by partner, item (GTIN, our code or the
 * partner's) and location.
 */
@Stateless
public class InventoryReports {

    private static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /**
     * One reported quantity, with its report (field names are part of the public API).
     *
     * @param partner    the reporting partner
     * @param reportId   the report's reference
     * @param reportDate the report's date
     * @param receivedAt when TradeHub received it
     * @param messageId  the message that carried it
     */
    public record ReportedQuantity(String partner, String reportId, LocalDate reportDate, LocalDateTime receivedAt,
            String messageId, String upc, String vendorSku, String buyerSku, String description, String kind,
            BigDecimal quantity, String uom, String location, LocalDate asOf) {
    }

    /** Stores the report of {@code transaction}, or marks it a duplicate of the partner's report with that id. */
    public void store(LoggedMessage message, String partnerCode, LoggedTransaction transaction, InventoryReport report) {
        List<StoredInventoryReport> earlier = entityManager.createQuery("SELECT r FROM StoredInventoryReport r"
                        + " WHERE r.partnerCode = :partner AND r.reportId = :report", StoredInventoryReport.class)
                .setParameter("partner", partnerCode).setParameter("report", report.reportId()).getResultList();
        if (!earlier.isEmpty()) {
            String text = "Inventory report " + report.reportId() + " of " + partnerCode + " was already received in"
                    + " message " + earlier.get(0).getMessageId();
            recorder.error(message, new DocumentError(ErrorCategory.DUPLICATE, Location.ofSegment(null, null,
                    transaction.getControlNumber()), text));
            recorder.transactionState(message, transaction, TransactionState.DUPLICATE, ErrorCategory.DUPLICATE, text);
            return;
        }
        StoredInventoryReport stored = new StoredInventoryReport(partnerCode, report.reportId(), report.reportDate(),
                report.reporter() == null ? null : report.reporter().name() != null ? report.reporter().name()
                        : report.reporter().id(), message.getId(), transaction.getId(), recorder.now());
        int position = 0;
        int quantities = 0;
        for (InventoryReport.Item item : report.items()) {
            position++;
            for (InventoryReport.Quantity quantity : item.quantities()) {
                stored.add(new StoredInventoryQuantity(stored, position, item.upc(), item.vendorSku(), item.buyerSku(),
                        item.description(), quantity.kind(), quantity.quantity(), quantity.uom(), quantity.location(),
                        quantity.asOf() != null ? quantity.asOf() : report.reportDate()));
                quantities++;
            }
        }
        entityManager.persist(stored);
        recorder.transactionState(message, transaction, TransactionState.STORED, null, "inventory report "
                + report.reportId() + ": " + report.items().size() + " item(s), " + quantities + " quantit"
                + (quantities == 1 ? "y" : "ies") + " stored");
    }

    /** The reported quantities, newest report first, filtered by partner, item and location (each may be null). */
    public List<ReportedQuantity> search(String partner, String item, String location, int page, int size) {
        StringBuilder jpql = new StringBuilder("SELECT q FROM StoredInventoryQuantity q JOIN q.report r WHERE 1 = 1");
        if (partner != null) {
            jpql.append(" AND r.partnerCode = :partner");
        }
        if (item != null) {
            jpql.append(" AND (q.upc = :item OR q.vendorSku = :item OR q.buyerSku = :item)");
        }
        if (location != null) {
            jpql.append(" AND q.location = :location");
        }
        TypedQuery<StoredInventoryQuantity> query = entityManager.createQuery(
                jpql.append(" ORDER BY r.receivedAt DESC, r.id DESC, q.position, q.id").toString(),
                StoredInventoryQuantity.class);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        if (item != null) {
            query.setParameter("item", item);
        }
        if (location != null) {
            query.setParameter("location", location);
        }
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        return query.setFirstResult(Math.max(0, page) * pageSize).setMaxResults(pageSize).getResultList().stream()
                .map(q -> new ReportedQuantity(q.getReport().getPartnerCode(), q.getReport().getReportId(),
                        q.getReport().getReportDate(), q.getReport().getReceivedAt(), q.getReport().getMessageId(),
                        q.getUpc(), q.getVendorSku(), q.getBuyerSku(), q.getDescription(), q.getKind(),
                        q.getQuantity(), q.getUom(), q.getLocation(), q.getAsOf()))
                .toList();
    }
}

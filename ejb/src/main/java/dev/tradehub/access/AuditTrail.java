package dev.tradehub.access;

import dev.tradehub.persistence.access.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The append-only audit log. An entry is written in the transaction of the change it records, so that a change and
 * its entry commit or vanish together; what must stay even when the surrounding work is undone (a failed sign-in)
 * is written alone.
 */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final int MAX_VALUE = 100_000;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    /** Records a change in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor by, AuditAction action, String subject, String before, String after) {
        entityManager.persist(new AuditEntry(LocalDateTime.now(clock), by.name(), by.address(), action.name(),
                clip(subject, 200), clip(before, MAX_VALUE), clip(after, MAX_VALUE)));
        LOG.info(() -> "audit action=" + action + " actor=" + by.name() + (subject == null ? "" : " subject=" + subject));
    }

    /** Records in a transaction of its own: it stays even if the caller's work is rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(Actor by, AuditAction action, String subject, String before, String after) {
        record(by, action, subject, before, after);
    }

    /** Newest first. */
    public List<AuditEntryView> search(AuditQuery query, int first, int size) {
        return where(query, "SELECT a FROM AuditEntry a", " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(a -> new AuditEntryView(a.getId(), a.getOccurredAt(), a.getActor(), a.getAddress(),
                        a.getAction(), a.getSubject(), a.getBeforeValue(), a.getAfterValue()))
                .toList();
    }

    public long count(AuditQuery query) {
        return where(query, "SELECT COUNT(a) FROM AuditEntry a", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(AuditQuery query, String select, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add("a.actor = :actor");
            parameters.put("actor", query.actor().trim());
        }
        if (query.action() != null) {
            conditions.add("a.action = :action");
            parameters.put("action", query.action().name());
        }
        if (query.subject() != null && !query.subject().isBlank()) {
            conditions.add("a.subject LIKE :subject ESCAPE '\\'");
            parameters.put("subject", "%" + query.subject().trim().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (query.from() != null) {
            conditions.add("a.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.until() != null) {
            conditions.add("a.occurredAt < :until");
            parameters.put("until", query.until());
        }
        String jpql = select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + order;
        TypedQuery<T> typed = entityManager.createQuery(jpql, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

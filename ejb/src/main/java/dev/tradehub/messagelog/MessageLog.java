package dev.tradehub.messagelog;

import dev.tradehub.persistence.messagelog.AcknowledgementState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The read side of the message log. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MessageLog {

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    public Optional<MessageView> view(String id) {
        return Optional.ofNullable(entityManager.find(LoggedMessage.class, id)).map(this::viewOf);
    }

    /** How many outbound documents are in each acknowledgement state, every state listed (zero included). */
    public Map<AcknowledgementState, Long> countsByAcknowledgementState() {
        Map<AcknowledgementState, Long> counts = new java.util.EnumMap<>(AcknowledgementState.class);
        for (AcknowledgementState state : AcknowledgementState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : entityManager.createQuery("SELECT m.acknowledgementState, COUNT(m) FROM LoggedMessage m"
                + " WHERE m.acknowledgementState IS NOT NULL GROUP BY m.acknowledgementState", Object[].class)
                .getResultList()) {
            counts.put((AcknowledgementState) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The raw payload as received, with its declared content type. */
    public Optional<RawPayload> payload(String id) {
        return Optional.ofNullable(entityManager.find(LoggedMessage.class, id))
                .map(message -> new RawPayload(message.getPayload(), message.getContentType(),
                        message.isPayloadTruncated()));
    }

    /** A stored payload. */
    public record RawPayload(byte[] bytes, String contentType, boolean truncated) {
    }

    public MessagePage search(MessageQuery query) {
        Filter filter = Filter.of(query, false);
        List<LoggedMessage> page = filter.apply(entityManager.createQuery(
                        "SELECT m FROM LoggedMessage m" + filter.where + " ORDER BY m.receivedAt DESC, m.id",
                        LoggedMessage.class))
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList();
        Map<String, Long> transactions = transactionCounts(page.stream().map(LoggedMessage::getId).toList());
        List<MessageSummary> items = page.stream()
                .map(m -> new MessageSummary(m.getId(), m.getReceivedAt(), m.getPartnerCode(), m.getStandard(),
                        m.getDocType(), m.getInterchangeControl(), m.getStatus().name(), m.getErrorCategory(),
                        transactions.getOrDefault(m.getId(), 0L).intValue(), m.getDirection().name(),
                        nameOf(m.getDeliveryState()), nameOf(m.getAcknowledgementState()), m.getAnswersMessageId(),
                        m.getChannel()))
                .toList();
        long total = filter.apply(entityManager.createQuery("SELECT COUNT(m) FROM LoggedMessage m" + filter.where,
                Long.class)).getSingleResult();
        return new MessagePage(items, total, query.page(), query.size());
    }

    /** How many transaction sets each message has: one grouped query for a page, not one a message. */
    private Map<String, Long> transactionCounts(List<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        for (Object[] row : entityManager.createQuery("SELECT t.message.id, COUNT(t) FROM LoggedTransaction t"
                + " WHERE t.message.id IN :ids GROUP BY t.message.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * How many messages of one direction are in each status, every status listed (zero included), in the order of
     * the life cycle.
     */
    public Map<MessageStatus, Long> countsByStatus(Direction direction) {
        Map<MessageStatus, Long> counts = new java.util.EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : entityManager.createQuery("SELECT m.status, COUNT(m) FROM LoggedMessage m"
                + " WHERE m.direction = :direction GROUP BY m.status", Object[].class)
                .setParameter("direction", direction).getResultList()) {
            counts.put((MessageStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * How many messages of the direction were received at or after {@code since}, by status, partner and category
     * (three grouped counts over the {@code received_at} indexes: fast on a large log).
     */
    public MessageActivity activitySince(LocalDateTime since, Direction direction) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (MessageStatus status : MessageStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        long total = 0;
        for (Object[] row : grouped("m.status", since, direction)) {
            byStatus.put(((MessageStatus) row[0]).name(), (Long) row[1]);
            total += (Long) row[1];
        }
        return new MessageActivity(since, direction.name(), total, byStatus, mostFirst(grouped("m.partnerCode", since,
                direction)), mostFirst(grouped("m.errorCategory", since, direction)));
    }

    /** How many messages came in during one interval of a throughput chart. */
    public record Interval(LocalDateTime start, LocalDateTime end, long count) {
    }

    /**
     * How many messages of the direction were received in each of {@code intervals} consecutive intervals of
     * {@code length} from {@code since}: one indexed range count an interval (portable across H2 and PostgreSQL,
     * where grouping by a truncated time is not), so a chart of 24 bars is 24 small queries.
     */
    public List<Interval> throughput(LocalDateTime since, java.time.Duration length, int intervals, Direction direction) {
        List<Interval> chart = new ArrayList<>(intervals);
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(m) FROM LoggedMessage m WHERE m.receivedAt >= :from"
                + " AND m.receivedAt < :to AND m.direction = :direction", Long.class).setParameter("direction", direction);
        for (int i = 0; i < intervals; i++) {
            LocalDateTime start = since.plus(length.multipliedBy(i));
            LocalDateTime end = start.plus(length);
            chart.add(new Interval(start, end, count.setParameter("from", start).setParameter("to", end).getSingleResult()));
        }
        return chart;
    }

    private List<Object[]> grouped(String field, LocalDateTime since, Direction direction) {
        return entityManager.createQuery("SELECT " + field + ", COUNT(m) FROM LoggedMessage m WHERE m.receivedAt >= :since"
                        + " AND m.direction = :direction AND " + field + " IS NOT NULL GROUP BY " + field, Object[].class)
                .setParameter("since", since).setParameter("direction", direction).getResultList();
    }

    private static Map<String, Long> mostFirst(List<Object[]> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> Long.compare((Long) b[1], (Long) a[1]))
                .forEach(row -> counts.put(row[0].toString(), (Long) row[1]));
        return counts;
    }

    /** Ids of finished (terminal) messages the filter selects, oldest first. */
    public List<String> finishedIds(MessageQuery query, int limit) {
        Filter filter = Filter.of(query, true);
        return filter.apply(entityManager.createQuery(
                        "SELECT m.id FROM LoggedMessage m" + filter.where + " ORDER BY m.receivedAt, m.id", String.class))
                .setMaxResults(limit).getResultList();
    }

    /** How many finished messages the filter selects. */
    public long countFinished(MessageQuery query) {
        Filter filter = Filter.of(query, true);
        return filter.apply(entityManager.createQuery("SELECT COUNT(m) FROM LoggedMessage m" + filter.where,
                Long.class)).getSingleResult();
    }

    /** The WHERE clause of a query and its parameters. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(MessageQuery query, boolean finishedOnly) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            List<String> conditions = new ArrayList<>();
            if (query.partner() != null) {
                conditions.add("m.partnerCode = :partner");
                parameters.put("partner", query.partner());
            }
            if (query.status() != null) {
                conditions.add("m.status = :status");
                parameters.put("status", MessageStatus.valueOf(query.status().toUpperCase(Locale.ROOT)));
            }
            if (query.direction() != null) {
                conditions.add("m.direction = :direction");
                parameters.put("direction", Direction.valueOf(query.direction().toUpperCase(Locale.ROOT)));
            }
            if (MessageQuery.ANY_ACKNOWLEDGEMENT.equals(query.acknowledgement())) {
                conditions.add("m.acknowledgementState IS NOT NULL");
            } else if (query.acknowledgement() != null) {
                conditions.add("m.acknowledgementState = :acknowledgement");
                parameters.put("acknowledgement",
                        AcknowledgementState.valueOf(query.acknowledgement().toUpperCase(Locale.ROOT)));
            }
            if (finishedOnly) {
                conditions.add("m.status NOT IN :inProgress");
                parameters.put("inProgress", List.of(MessageStatus.RECEIVED, MessageStatus.RETRY_SCHEDULED,
                        MessageStatus.SENDING));
            }
            if (query.category() != null) {
                conditions.add("m.errorCategory = :category");
                parameters.put("category", query.category().toUpperCase(Locale.ROOT));
            }
            if (query.docType() != null) {
                conditions.add("m.docType = :docType");
                parameters.put("docType", query.docType());
            }
            if (query.poNumber() != null) {
                conditions.add("EXISTS (SELECT t FROM LoggedTransaction t WHERE t.message = m AND t.poNumber = :po)");
                parameters.put("po", query.poNumber());
            }
            if (query.from() != null) {
                conditions.add("m.receivedAt >= :from");
                parameters.put("from", query.from());
            }
            if (query.to() != null) {
                conditions.add("m.receivedAt < :to");
                parameters.put("to", query.to());
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The ids of the messages whose {@code field} names this one (the answers to it, what it acknowledged). */
    private List<String> idsWhere(String field, String id) {
        return entityManager.createQuery("SELECT m.id FROM LoggedMessage m WHERE m." + field + " = :id"
                + " ORDER BY m.receivedAt, m.id", String.class).setParameter("id", id).getResultList();
    }

    private MessageView viewOf(LoggedMessage m) {
        MessageView.Outbound outbound = m.getDirection() == Direction.OUTBOUND
                ? new MessageView.Outbound(m.getTransport(), nameOf(m.getDeliveryState()), m.getDeliveryAttempts(),
                        m.getDeliveredAt(), nameOf(m.getAcknowledgementState()), m.getAcknowledgementDueAt(),
                        m.getAcknowledgedBy())
                : null;
        return new MessageView(m.getId(), m.getReceivedAt(), m.getUpdatedAt(), m.getChannel(), m.getSenderReference(),
                m.getContentType(),
                m.getPayloadSize(), m.isPayloadTruncated(), m.getPartnerCode(), m.getStandard(), m.getSyntaxVersion(),
                m.getDocType(), m.getSender(), m.getReceiver(), m.getInterchangeControl(), m.isTestIndicator(),
                m.getStatus().name(), m.getErrorCategory(), m.getDuplicateOf(), m.getAttempts(), m.getNextAttemptAt(),
                m.getErrors().stream().map(e -> new MessageView.ErrorView(e.getCategory(), e.getTransactionControl(),
                        e.getSegment(), e.getSegmentPosition(), e.getElementPosition(), e.getComponentPosition(),
                        e.getText())).toList(),
                m.getTransactions().stream().map(MessageLog::viewOf).toList(),
                m.getTimeline().stream().map(t -> new MessageView.TimelineView(t.getAt(), t.getEvent(), t.getDetail()))
                        .toList(),
                m.getDirection().name(), m.getAnswersMessageId(), idsWhere("answersMessageId", m.getId()),
                idsWhere("acknowledgedBy", m.getId()), outbound);
    }

    private static MessageView.TransactionView viewOf(LoggedTransaction t) {
        return new MessageView.TransactionView(t.getPosition(), t.getControlNumber(), t.getGroupControl(),
                t.getDocType(), t.getDocVersion(), t.getPoNumber(), t.getCanonical(), t.getState().name(),
                t.getErrorCategory(), t.getOdooId() == null ? null
                        : new MessageView.OdooRecordView(t.getOdooModel(), t.getOdooId(), t.getOdooName()),
                t.getUpdatedAt());
    }
}

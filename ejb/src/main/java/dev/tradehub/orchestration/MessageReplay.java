package dev.tradehub.orchestration;

import dev.tradehub.access.Actor;
import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditTrail;
import dev.tradehub.delivery.OutboundDelivery;
import dev.tradehub.intake.InboundQueue;
import dev.tradehub.lifecycle.CustomerClaims;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.messagelog.MessageQuery;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Replay: run a finished message again from translation, with the partner profile and cross-references as they
 * are now (the fix for a MAPPING error is to add the cross-reference, then replay). Transactions already
 * confirmed in Odoo stay as they are; the timeline keeps every earlier attempt. An outbound message is delivered
 * again, with the same bytes and control numbers.
 */
@Stateless
public class MessageReplay {

    /** Most messages one bulk replay queues; call again for the rest. */
    public static final int MAX_BATCH = 1000;

    /**
     * What a bulk replay selects when its filter names no status: the messages that went wrong. A completed
     * message is only replayed when asked for by its status.
     */
    public static final List<MessageStatus> REPLAYED_BY_DEFAULT = List.of(MessageStatus.FAILED,
            MessageStatus.PARTIALLY_COMPLETED, MessageStatus.DEAD_LETTER);

    /** What became of a replay request. */
    public enum Outcome {
        QUEUED,
        NOT_FOUND,
        /** Not finished yet (RECEIVED or RETRY_SCHEDULED): it will run anyway. */
        IN_PROGRESS,
        /** Not a document to run again: an order claimed from Odoo, which TradeHub read rather than received. */
        NOT_REPLAYABLE
    }

    /** The result of a bulk replay: how many were queued, of how many that matched the filter. */
    public record BulkOutcome(int queued, long matched) {
    }

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private InboundQueue queue;

    @EJB
    private MessageLog messageLog;

    @EJB
    private OutboundDelivery delivery;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    @EJB
    private AuditTrail audit;

    /** Replays one finished message. Audited. */
    public Outcome replay(String messageId, Actor by) {
        Outcome outcome = replayOne(messageId, by);
        if (outcome == Outcome.QUEUED) {
            audit.record(by, AuditAction.MESSAGE_REPLAYED, "message " + messageId, null, null);
        }
        return outcome;
    }

    /**
     * Replays the finished messages the filter selects (page and size of the query are ignored), oldest first,
     * at most {@value #MAX_BATCH}. Audited as one change, with the filter.
     */
    public BulkOutcome replayAll(MessageQuery filter, Actor by) {
        BulkOutcome outcome = new BulkOutcome(queueFinished(filter, by), messageLog.countFinished(filter));
        auditBulk(filter, outcome, by);
        return outcome;
    }

    /**
     * Replays what the filter selects: the finished messages of its status, or, without a status, those of
     * {@link #REPLAYED_BY_DEFAULT}; at most {@value #MAX_BATCH} a status. Audited as one change, with the filter.
     */
    public BulkOutcome replaySelected(MessageQuery filter, Actor by) {
        int queued = 0;
        long matched = 0;
        for (MessageQuery query : selection(filter)) {
            queued += queueFinished(query, by);
            matched += messageLog.countFinished(query);
        }
        BulkOutcome outcome = new BulkOutcome(queued, matched);
        auditBulk(filter, outcome, by);
        return outcome;
    }

    /** How many messages {@link #replaySelected} would touch now: the preview before one confirms it. */
    public long countSelected(MessageQuery filter) {
        long matched = 0;
        for (MessageQuery query : selection(filter)) {
            matched += messageLog.countFinished(query);
        }
        return matched;
    }

    private int queueFinished(MessageQuery filter, Actor by) {
        int queued = 0;
        for (String id : messageLog.finishedIds(filter, MAX_BATCH)) {
            if (replayOne(id, by) == Outcome.QUEUED) {
                queued++;
            }
        }
        return queued;
    }

    private void auditBulk(MessageQuery filter, BulkOutcome outcome, Actor by) {
        audit.record(by, AuditAction.MESSAGES_REPLAYED, "messages " + filter.describe(), null,
                outcome.queued() + " queued of " + outcome.matched() + " matching");
    }

    private static List<MessageQuery> selection(MessageQuery q) {
        if (q.status() != null) {
            return List.of(q);
        }
        return REPLAYED_BY_DEFAULT.stream().map(status -> new MessageQuery(q.partner(), status.name(), q.category(),
                q.docType(), q.poNumber(), q.from(), q.to(), q.page(), q.size(), q.direction(), q.acknowledgement()))
                .toList();
    }

    private Outcome replayOne(String messageId, Actor by) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            return Outcome.NOT_FOUND;
        }
        if (!message.getStatus().isTerminal()) {
            return Outcome.IN_PROGRESS;
        }
        if (CustomerClaims.CHANNEL.equals(message.getChannel())) {
            return Outcome.NOT_REPLAYABLE;
        }
        if (message.getDirection() == Direction.OUTBOUND) {
            delivery.redeliver(message, by.name());
            return Outcome.QUEUED;
        }
        String before = message.getStatus() + (message.getErrorCategory() == null ? "" : " " + message.getErrorCategory());
        message.resetForReplay(recorder.now());
        recorder.event(message, "REPLAY_REQUESTED", "was " + before + "; replay requested by " + by.name());
        queue.enqueue(message.getId());
        return Outcome.QUEUED;
    }
}

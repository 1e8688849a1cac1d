package dev.tradehub.orchestration;

import dev.tradehub.delivery.OutboundQueue;
import dev.tradehub.intake.InboundQueue;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.messagelog.DeliveryState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last safety net against a lost message: a message that is RECEIVED while nothing waits on the inbound
 * channel, or RETRY_SCHEDULED well past its due time, has lost its delivery (a crash in an unlucky moment) and is
 * queued again. A second delivery of a message that was not lost has no effect: processing locks the message and
 * leaves a finished one alone. The same for outbound documents: one QUEUED while nothing waits on the outbound
 * channel, or RETRY_SCHEDULED long past the longest backoff, is queued for delivery again (delivery, too, leaves a
 * delivered document alone).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // one scheduled task at a time; no container lock to re-enter
public class LostMessageSweeper {

    private static final Logger LOG = Logger.getLogger(LostMessageSweeper.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private InboundQueue queue;

    @EJB
    private OutboundQueue outboundQueue;

    @Inject
    @ConfigProperty(name = "tradehub.delivery.max-delay-ms", defaultValue = "600000")
    private long maxDeliveryDelayMillis;

    @Inject
    @ConfigProperty(name = "tradehub.sweeper.grace-seconds", defaultValue = "120")
    private long graceSeconds;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private SessionContext context;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long period = Math.max(5, graceSeconds / 2);
        LostMessageSweeper self = context.getBusinessObject(LostMessageSweeper.class);
        schedule = scheduler.scheduleWithFixedDelay(() -> {
            try {
                self.sweep();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The lost-message sweep failed; it runs again in " + period + " s", e);
            }
        }, period, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /**
     * One sweep. It only reads which messages look lost; each is then queued again in a transaction of its own,
     * after a second look under its row lock, so that a message being processed right now (its row locked) delays
     * or skips only itself, never the rest of the sweep.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        LocalDateTime before = recorder.now().minusSeconds(graceSeconds);
        LostMessageSweeper self = context.getBusinessObject(LostMessageSweeper.class);
        List<String> lost = inboundBusy() ? List.of() : entityManager.createQuery(
                        "SELECT m.id FROM LoggedMessage m WHERE m.status = :received AND m.updatedAt < :before",
                        String.class)
                .setParameter("received", MessageStatus.RECEIVED).setParameter("before", before)
                .setMaxResults(BATCH).getResultList();
        List<String> overdue = entityManager.createQuery(
                        "SELECT m.id FROM LoggedMessage m WHERE m.status = :retry AND m.nextAttemptAt < :before",
                        String.class)
                .setParameter("retry", MessageStatus.RETRY_SCHEDULED).setParameter("before", before)
                .setMaxResults(BATCH).getResultList();
        int requeued = 0;
        for (String id : concat(lost, overdue)) {
            requeued += attempt(() -> self.requeue(id, before), id);
        }
        int deliveries = 0;
        for (String id : stuckDeliveries(before)) {
            deliveries += attempt(() -> self.requeueDelivery(id, before), id);
        }
        if (requeued > 0 || deliveries > 0) {
            int messages = requeued;
            int documents = deliveries;
            LOG.warning(() -> "Queued again " + messages + " message(s) that had lost their delivery or were long"
                    + " overdue, and the delivery of " + documents + " outbound document(s)");
        }
    }

    /** Queues a message again if it still looks lost under its row lock; 1 when it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int requeue(String id, LocalDateTime before) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        boolean lost = message != null && (message.getStatus() == MessageStatus.RECEIVED
                && message.getUpdatedAt().isBefore(before) || message.getStatus() == MessageStatus.RETRY_SCHEDULED
                && message.getNextAttemptAt() != null && message.getNextAttemptAt().isBefore(before));
        if (!lost) {
            return 0;
        }
        recorder.event(message, "REQUEUED", "no delivery pending for " + message.getStatus()
                + " since " + message.getUpdatedAt() + "Z: queued again");
        message.moveTo(MessageStatus.RECEIVED, message.getErrorCategory(), recorder.now());
        queue.enqueue(message.getId());
        return 1;
    }

    /** Queues an outbound document's delivery again if it is still where it was found; 1 when it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int requeueDelivery(String id, LocalDateTime before) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.getUpdatedAt().isBefore(before)
                || message.getDeliveryState() != DeliveryState.QUEUED
                && message.getDeliveryState() != DeliveryState.RETRY_SCHEDULED) {
            return 0;
        }
        recorder.event(message, "REQUEUED", "no delivery pending for " + message.getDeliveryState() + " since "
                + message.getUpdatedAt() + "Z: queued for delivery again");
        outboundQueue.enqueue(message.getId());
        return 1;
    }

    private List<String> stuckDeliveries(LocalDateTime before) {
        List<String> stuck = entityManager.createQuery("SELECT m.id FROM LoggedMessage m WHERE m.direction = :outbound"
                        + " AND ((m.deliveryState = :queued AND m.updatedAt < :before)"
                        + " OR (m.deliveryState = :retry AND m.updatedAt < :retryBefore))", String.class)
                .setParameter("outbound", Direction.OUTBOUND).setParameter("queued", DeliveryState.QUEUED)
                .setParameter("before", before).setParameter("retry", DeliveryState.RETRY_SCHEDULED)
                .setParameter("retryBefore", before.minus(Duration.ofMillis(maxDeliveryDelayMillis)))
                .setMaxResults(BATCH).getResultList();
        return stuck.isEmpty() || busy(outboundQueue::waiting) ? List.of() : stuck;
    }

    /** One message's requeue; a failure (its row locked too long, a passing fault) is logged and left to the next sweep. */
    private static int attempt(java.util.function.IntSupplier requeue, String id) {
        try {
            return requeue.getAsInt();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "message=" + id + " could not be queued again in this sweep (the next one tries"
                    + " again): " + e.getMessage());
            return 0;
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private interface Waiting {
        int count(int limit) throws JMSException;
    }

    private static boolean busy(Waiting queue) {
        try {
            return queue.count(1) > 0;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse a TradeHub queue: " + e.getMessage(), e);
        }
    }

    private boolean inboundBusy() {
        return busy(queue::waiting);
    }
}

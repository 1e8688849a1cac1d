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
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.persistence.EntityManager;
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

    /** One sweep (in a transaction of its own). */
    public void sweep() {
        LocalDateTime before = recorder.now().minusSeconds(graceSeconds);
        List<LoggedMessage> lost = inboundBusy() ? List.of() : entityManager.createQuery(
                        "SELECT m FROM LoggedMessage m WHERE m.status = :received AND m.updatedAt < :before",
                        LoggedMessage.class)
                .setParameter("received", MessageStatus.RECEIVED).setParameter("before", before)
                .setMaxResults(BATCH).getResultList();
        List<LoggedMessage> overdue = entityManager.createQuery(
                        "SELECT m FROM LoggedMessage m WHERE m.status = :retry AND m.nextAttemptAt < :before",
                        LoggedMessage.class)
                .setParameter("retry", MessageStatus.RETRY_SCHEDULED).setParameter("before", before)
                .setMaxResults(BATCH).getResultList();
        for (List<LoggedMessage> messages : List.of(lost, overdue)) {
            for (LoggedMessage message : messages) {
                recorder.event(message, "REQUEUED", "no delivery pending for " + message.getStatus()
                        + " since " + message.getUpdatedAt() + "Z: queued again");
                message.moveTo(MessageStatus.RECEIVED, message.getErrorCategory(), recorder.now());
                queue.enqueue(message.getId());
            }
        }
        sweepOutbound(before);
        if (!lost.isEmpty() || !overdue.isEmpty()) {
            int lostCount = lost.size();
            int overdueCount = overdue.size();
            LOG.warning(() -> "Queued again " + lostCount + " message(s) that had lost their delivery and "
                    + overdueCount + " overdue retr(ies)");
        }
    }

    private void sweepOutbound(LocalDateTime before) {
        List<LoggedMessage> stuck = entityManager.createQuery("SELECT m FROM LoggedMessage m WHERE m.direction = :outbound"
                        + " AND ((m.deliveryState = :queued AND m.updatedAt < :before)"
                        + " OR (m.deliveryState = :retry AND m.updatedAt < :retryBefore))", LoggedMessage.class)
                .setParameter("outbound", Direction.OUTBOUND).setParameter("queued", DeliveryState.QUEUED)
                .setParameter("before", before).setParameter("retry", DeliveryState.RETRY_SCHEDULED)
                .setParameter("retryBefore", before.minus(Duration.ofMillis(maxDeliveryDelayMillis)))
                .setMaxResults(BATCH).getResultList();
        if (stuck.isEmpty() || busy(outboundQueue::waiting)) {
            return;
        }
        for (LoggedMessage message : stuck) {
            recorder.event(message, "REQUEUED", "no delivery pending for " + message.getDeliveryState() + " since "
                    + message.getUpdatedAt() + "Z: queued for delivery again");
            outboundQueue.enqueue(message.getId());
        }
        LOG.warning(() -> "Queued again the delivery of " + stuck.size() + " outbound document(s) that had lost it");
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

package dev.tradehub.orchestration;

import dev.tradehub.intake.InboundQueue;
import dev.tradehub.messagelog.MessageRecorder;
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
 * leaves a finished one alone.
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
        if (!lost.isEmpty() || !overdue.isEmpty()) {
            int lostCount = lost.size();
            int overdueCount = overdue.size();
            LOG.warning(() -> "Queued again " + lostCount + " message(s) that had lost their delivery and "
                    + overdueCount + " overdue retr(ies)");
        }
    }

    private boolean inboundBusy() {
        try {
            return queue.waiting(1) > 0;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse the inbound queue: " + e.getMessage(), e);
        }
    }
}

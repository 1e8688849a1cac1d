package dev.tradehub.acknowledgement.reconciliation;

import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.messagelog.AcknowledgementState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Marks OVERDUE every outbound document whose acknowledgement did not come by its due time (the partner's window,
 * {@code acknowledgements.overdueHours}), once a minute, with a timeline event and an alert line in the log. A late
 * acknowledgement still reconciles it.
 */
@Stateless
public class OverdueAcknowledgements {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");
    /** Most documents marked in one transaction; the rest wait for the next sweep. */
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
    void sweep() {
        markOverdue(recorder.now());
    }

    /** Marks what was due before {@code asOf}; returns how many. */
    public int markOverdue(LocalDateTime asOf) {
        List<LoggedMessage> due = entityManager.createQuery("SELECT m FROM LoggedMessage m WHERE m.direction = :outbound"
                        + " AND m.acknowledgementState = :awaiting AND m.acknowledgementDueAt < :asOf"
                        + " ORDER BY m.acknowledgementDueAt", LoggedMessage.class)
                .setParameter("outbound", Direction.OUTBOUND).setParameter("awaiting", AcknowledgementState.AWAITING_ACK)
                .setParameter("asOf", asOf).setMaxResults(BATCH).getResultList();
        for (LoggedMessage message : due) {
            message.markAcknowledgementOverdue(recorder.now());
            recorder.event(message, "ACKNOWLEDGEMENT_OVERDUE", "no acknowledgement from " + message.getPartnerCode()
                    + " since " + message.getReceivedAt() + " (due " + message.getAcknowledgementDueAt() + ")");
            ALERTS.warning(() -> "alert=ACKNOWLEDGEMENT_OVERDUE message=" + message.getId() + " partner="
                    + message.getPartnerCode() + " docType=" + message.getDocType() + " interchange="
                    + message.getInterchangeControl() + " due=" + message.getAcknowledgementDueAt());
        }
        return due.size();
    }
}

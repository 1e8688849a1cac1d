package dev.tradehub.orchestration;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.messagelog.DocumentHandedOver;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.messagelog.MessageSettled;
import dev.tradehub.persistence.messagelog.DeliveryState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The end of the dead letter channel: whatever reaches it ends DEAD_LETTER in the message log with the reason,
 * visible, searchable and replayable. A message that is already terminal (a stray copy) is only noted.
 */
@Stateless
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    @Inject
    private Event<MessageSettled> settled;

    @Inject
    private Event<DocumentHandedOver> handedOver;

    public void record(String messageId, String reason) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            LOG.severe(() -> "message=" + messageId + " event=DEAD_LETTER_UNKNOWN the dead letter channel holds an id"
                    + " that is not in the message log: " + reason);
            return;
        }
        if (message.getStatus().isTerminal()) {
            recorder.event(message, "DEAD_LETTER_RECEIVED", "already " + message.getStatus() + ": " + reason);
            return;
        }
        if (message.getDirection() == Direction.OUTBOUND) {
            message.moveDeliveryTo(DeliveryState.DEAD_LETTER, ErrorCategory.TRANSPORT.name(), recorder.now());
            recorder.event(message, MessageStatus.DEAD_LETTER.name(), reason);
            handedOver.fire(new DocumentHandedOver(message.getId()));
            return;
        }
        recorder.finish(message, MessageStatus.DEAD_LETTER, null, reason);
        settled.fire(new MessageSettled(message.getId()));
    }
}

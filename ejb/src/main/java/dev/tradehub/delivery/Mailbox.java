package dev.tradehub.delivery;

import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.messagelog.DeliveryState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A partner's mailbox: the outbound documents waiting for the partner to fetch them. The partner lists what waits,
 * fetches each payload (as often as it likes), and confirms the receipt, which makes the document DELIVERED.
 */
@Stateless
public class Mailbox {

    /** One document waiting in a mailbox. */
    public record Entry(String id, LocalDateTime createdAt, String docType, String standard, String interchangeControl,
            long size, String answers) {
    }

    /** A document's bytes and media type. */
    public record Document(byte[] bytes, String contentType, String fileName) {
    }

    /** What became of a receipt confirmation. */
    public enum Receipt {
        CONFIRMED, ALREADY_CONFIRMED, NOT_FOUND
    }

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /** What waits for the partner, oldest first, at most {@code limit}. */
    public List<Entry> pending(String partner, int limit) {
        return entityManager.createQuery("SELECT m FROM LoggedMessage m WHERE m.partnerCode = :partner"
                        + " AND m.direction = :outbound AND m.deliveryState = :waiting ORDER BY m.receivedAt, m.id",
                        LoggedMessage.class)
                .setParameter("partner", partner).setParameter("outbound", Direction.OUTBOUND)
                .setParameter("waiting", DeliveryState.AWAITING_PICKUP).setMaxResults(limit).getResultList().stream()
                .map(m -> new Entry(m.getId(), m.getReceivedAt(), m.getDocType(), m.getStandard(),
                        m.getInterchangeControl(), m.getPayloadSize(), m.getAnswersMessageId()))
                .toList();
    }

    /** A document of the partner's mailbox, waiting or already confirmed. */
    public Optional<Document> fetch(String partner, String messageId) {
        return mailboxMessage(partner, messageId, LockModeType.NONE).map(m -> new Document(m.getPayload(),
                m.getContentType(), OutboundDelivery.fileName(m)));
    }

    public Receipt confirm(String partner, String messageId) {
        Optional<LoggedMessage> found = mailboxMessage(partner, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Receipt.NOT_FOUND;
        }
        LoggedMessage message = found.get();
        if (message.getDeliveryState() != DeliveryState.AWAITING_PICKUP) {
            return Receipt.ALREADY_CONFIRMED;
        }
        message.moveDeliveryTo(DeliveryState.DELIVERED, null, recorder.now());
        recorder.event(message, "DELIVERED", "receipt confirmed by " + partner + " from its mailbox");
        return Receipt.CONFIRMED;
    }

    private Optional<LoggedMessage> mailboxMessage(String partner, String messageId, LockModeType lock) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, messageId, lock);
        return message != null && message.getDirection() == Direction.OUTBOUND && "MAILBOX".equals(message.getTransport())
                && partner.equals(message.getPartnerCode()) && (message.getDeliveryState() == DeliveryState.AWAITING_PICKUP
                || message.getDeliveryState() == DeliveryState.DELIVERED) ? Optional.of(message) : Optional.empty();
    }
}

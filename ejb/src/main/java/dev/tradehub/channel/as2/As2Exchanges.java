package dev.tradehub.channel.as2;

import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.persistence.as2.As2Exchange;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The AS2 exchanges (table {@code as2_exchange}): what an inbound message's MDN said, so that a re-send of the same
 * Message-ID is answered alike without a second intake, and what an outbound message's MDN must return.
 */
@Stateless
public class As2Exchanges {

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /** The inbound exchange of this Message-ID from this partner, if it was taken in before. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<As2Exchange> inbound(String partnerCode, String as2MessageId) {
        return entityManager.createNamedQuery(As2Exchange.BY_AS2_MESSAGE_ID, As2Exchange.class)
                .setParameter("partner", partnerCode).setParameter("direction", As2Exchange.INBOUND)
                .setParameter("as2MessageId", as2MessageId).getResultStream().findFirst();
    }

    /**
     * Remembers an inbound message taken in and the MDN it gets, and puts the MDN on the message's timeline. A message
     * that already has an exchange (its bytes came before under another Message-ID) keeps its first one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void receivedInbound(String messageId, String partnerCode, String as2MessageId, String mdnMode,
            String disposition, String mic, String mdnMessageId) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, messageId);
        if (message == null) {
            return;
        }
        LocalDateTime now = recorder.now();
        if (entityManager.find(As2Exchange.class, messageId) == null && inbound(partnerCode, as2MessageId).isEmpty()) {
            As2Exchange exchange = new As2Exchange(messageId, As2Exchange.INBOUND, partnerCode, as2MessageId, mdnMode,
                    now);
            exchange.mdn(disposition, mdnMessageId, mic, now);
            entityManager.persist(exchange);
        }
        recorder.event(message, "AS2_MDN_SENT", describe(mdnMode, disposition, mic, mdnMessageId, as2MessageId));
    }

    /** A re-send of a Message-ID taken in before: noted on the first message, answered with the same MDN. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void receivedAgain(As2Exchange earlier, String mdnMode) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, earlier.getMessageId());
        if (message != null) {
            recorder.event(message, "RECEIVED_AGAIN", "AS2 message " + earlier.getAs2MessageId()
                    + " received again: not taken in again; " + mdnMode.toLowerCase(java.util.Locale.ROOT)
                    + " MDN '" + earlier.getMdnDisposition() + "' sent again");
        }
    }

    /** An MDN sent for a message that was refused (kept as {@code messageId}), on its timeline. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusalAnswered(String messageId, String mdnMode, String disposition, String mdnMessageId,
            String as2MessageId) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, messageId);
        if (message != null) {
            recorder.event(message, "AS2_MDN_SENT", describe(mdnMode, disposition, null, mdnMessageId, as2MessageId));
        }
    }

    /**
     * An outbound message sent (again): the MIC its MDN must return and until when an asynchronous MDN may come. In
     * the delivery's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sent(String messageId, String partnerCode, String as2MessageId, String mdnMode, String mic,
            LocalDateTime mdnDueAt) {
        LocalDateTime now = recorder.now();
        As2Exchange exchange = entityManager.find(As2Exchange.class, messageId);
        if (exchange == null) {
            exchange = new As2Exchange(messageId, As2Exchange.OUTBOUND, partnerCode, as2MessageId, mdnMode, now);
            entityManager.persist(exchange);
        }
        exchange.sent(mdnMode, mic, mdnDueAt, now);
    }

    /** An outbound message's synchronous MDN, in the delivery's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void syncMdn(String messageId, String partnerCode, String as2MessageId, String mic, String disposition,
            String mdnMessageId) {
        sent(messageId, partnerCode, as2MessageId, "SYNC", mic, null);
        entityManager.find(As2Exchange.class, messageId).mdn(disposition, mdnMessageId, null, recorder.now());
    }

    static String describe(String mdnMode, String disposition, String mic, String mdnMessageId, String as2MessageId) {
        return mdnMode.toLowerCase(java.util.Locale.ROOT) + " MDN " + (mdnMessageId == null ? "" : mdnMessageId + " ")
                + "for AS2 message " + as2MessageId + ": " + disposition + (mic == null ? "" : "; MIC " + mic);
    }
}

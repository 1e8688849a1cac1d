package dev.tradehub.channel.jms;

import dev.tradehub.channel.ContentSniffing;
import dev.tradehub.intake.DocumentIntake;
import dev.tradehub.intake.IncomingDocument;
import dev.tradehub.intake.Receipt;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Takes in what a legacy system put on {@value LegacyQueues#INBOUND}, in the consumer's transaction: the document is
 * stored and queued, and its ACCEPTED event published, together with taking the JMS message off the queue. A crash
 * before the commit leaves the JMS message on the queue, and its redelivery finds nothing stored; a redelivery
 * after a commit the broker did not hear of finds the same bytes and is answered as a re-send.
 */
@Stateless
public class LegacyIntake {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");

    @EJB
    private DocumentIntake intake;

    @EJB
    private LegacyEvents events;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @Inject
    @JMSConnectionFactory(dev.tradehub.intake.InboundQueue.CONNECTION_FACTORY)
    private JMSContext context;

    /**
     * Takes a document in.
     *
     * @param body          its bytes
     * @param contentType   the declared content type, or null to name it from the bytes
     * @param partner       the partner the legacy system names, or null (EDI names its own)
     * @param correlationId the legacy system's correlation id, quoted back in every event
     */
    public Receipt accept(byte[] body, String contentType, String partner, String correlationId) {
        long limit = intake.maxBytes();
        byte[] kept = body.length > limit ? java.util.Arrays.copyOf(body, (int) limit) : body;
        String type = contentType == null || contentType.isBlank() ? ContentSniffing.contentTypeOf(kept, null)
                : contentType.trim();
        Receipt receipt = intake.accept(new IncomingDocument(kept, body.length, type, LegacyEvents.CHANNEL,
                blankToNull(partner), null, correlationId));
        LoggedMessage message = entityManager.find(LoggedMessage.class, receipt.messageId());
        String event = receipt.duplicate() ? "DUPLICATE" : receipt.status() == MessageStatus.FAILED ? "REFUSED" : "ACCEPTED";
        events.accepted(event, message, correlationId);
        return receipt;
    }

    /**
     * A message that is no document (a body TradeHub does not read, an empty one): it goes to
     * {@value LegacyQueues#DEAD_LETTERS} as it came, with its reason, and a REJECTED event says so.
     */
    public void deadLetter(Message poison, String reason) throws JMSException {
        String correlationId = poison.getJMSCorrelationID() != null ? poison.getJMSCorrelationID() : poison.getJMSMessageID();
        String partner = poison.getStringProperty(LegacyQueues.PARTNER);
        // A received message's properties are read-only until cleared: keep them, clear, and set them again.
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Object name : Collections.list(poison.getPropertyNames())) {
            String key = (String) name;
            if (!key.startsWith("JMSX") && !key.startsWith("_AMQ") && !key.startsWith("__AMQ")) {
                properties.put(key, poison.getObjectProperty(key));
            }
        }
        poison.clearProperties();
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            poison.setObjectProperty(property.getKey(), property.getValue());
        }
        poison.setStringProperty(LegacyQueues.REASON, reason);
        context.createProducer().send(context.createQueue(LegacyQueues.DEAD_LETTERS), poison);
        events.rejected(correlationId, partner, reason);
        ALERTS.warning(() -> "alert=LEGACY_DEAD_LETTER correlation=" + correlationId + " detail=\"" + reason + "\"");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

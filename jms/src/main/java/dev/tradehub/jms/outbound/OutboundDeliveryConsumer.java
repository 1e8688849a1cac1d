package dev.tradehub.jms.outbound;

import dev.tradehub.delivery.OutboundDelivery;
import dev.tradehub.delivery.OutboundQueue;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Event-driven consumer of the outbound channel. Runs in a container-managed transaction: a delivery and its state
 * commit together; an unexpected failure rolls back and the broker redelivers (then dead-letters into
 * {@code tradehub.dlq}, which records the message DEAD_LETTER).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OutboundQueue.NAME),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
public class OutboundDeliveryConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutboundDeliveryConsumer.class.getName());

    @EJB
    private OutboundDelivery delivery;

    @Resource
    private MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        String messageId;
        try {
            messageId = message instanceof TextMessage text && text.getText() != null ? text.getText().trim() : null;
        } catch (JMSException e) {
            LOG.log(Level.SEVERE, "Unreadable message on " + OutboundQueue.NAME + ", dropped", e);
            return;
        }
        if (messageId == null || messageId.isEmpty()) {
            LOG.severe(() -> "Dropped a message on " + OutboundQueue.NAME + " that carries no message-log id: " + message);
            return;
        }
        try {
            delivery.deliver(messageId);
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warning(() -> "message=" + messageId + " event=DELIVERY_ATTEMPT_FAILED delivery will be retried: "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            context.setRollbackOnly();
        }
    }
}

package dev.tradehub.jms.inbound;

import dev.tradehub.orchestration.InterchangeProcessor;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.annotation.Resource;
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
 * Event-driven consumer of the inbound channel. Runs in a container-managed transaction: when processing throws
 * (Odoo unreachable), everything it wrote is rolled back and the broker redelivers the message, then moves it to
 * the dead-letter channel {@code tradehub.dlq} after the configured attempts.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "tradehub.inbound"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "32"),
        // No client-side buffer: a waiting message stays on the queue (where the lost-message sweeper and the
        // health check can see it, and where the next free session takes it) instead of behind a busy session.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
public class InboundDocumentConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(InboundDocumentConsumer.class.getName());

    @EJB
    private InterchangeProcessor processor;

    @Resource
    private MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        String messageId = messageIdOf(message);
        if (messageId == null) {
            return;
        }
        try {
            processor.process(messageId);
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warning(() -> "message=" + messageId + " event=ATTEMPT_FAILED delivery will be retried: "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            LOG.log(Level.FINE, "Processing failure of " + messageId, e);
            context.setRollbackOnly();
        }
    }

    private static String messageIdOf(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null && !text.getText().isBlank()) {
                return text.getText().trim();
            }
            LOG.severe(() -> "Dropped a message on tradehub.inbound that carries no message-log id: " + message);
        } catch (JMSException e) {
            LOG.log(Level.SEVERE, "Unreadable message on tradehub.inbound, dropped", e);
        }
        return null;
    }
}

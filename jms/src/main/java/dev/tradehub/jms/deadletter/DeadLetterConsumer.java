package dev.tradehub.jms.deadletter;

import dev.tradehub.intake.InboundQueue;
import dev.tradehub.orchestration.DeadLetters;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records what reaches {@code tradehub.dlq}: retries given up by the process manager (with their reason) and
 * deliveries the broker gave up after failing repeatedly (a fault, not a passing one: see the server log).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = InboundQueue.DEAD_LETTERS),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class DeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class.getName());

    @EJB
    private DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text) || text.getText() == null || text.getText().isBlank()) {
                LOG.severe(() -> "Dropped a dead letter that carries no message-log id: " + message);
                return;
            }
            String reason = message.getStringProperty(InboundQueue.REASON);
            deadLetters.record(text.getText().trim(), reason != null ? reason
                    : "processing kept failing with an unexpected fault and the broker gave up; see the server log");
        } catch (JMSException e) {
            LOG.log(Level.SEVERE, "Unreadable dead letter, dropped", e);
        }
    }
}

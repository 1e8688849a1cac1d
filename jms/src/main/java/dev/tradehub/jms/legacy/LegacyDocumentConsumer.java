package dev.tradehub.jms.legacy;

import dev.tradehub.channel.jms.LegacyIntake;
import dev.tradehub.channel.jms.LegacyQueues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;

/**
 * Event-driven consumer of {@value LegacyQueues#INBOUND}. A text or bytes message is a document; anything else (an
 * object, map or stream message, an empty body) is a poison message, dead-lettered with its reason. Runs in a
 * container-managed transaction: the document is stored, queued and its event published together with taking the
 * JMS message off the queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = LegacyQueues.INBOUND),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
public class LegacyDocumentConsumer implements MessageListener {

    @EJB
    private LegacyIntake intake;

    @Override
    public void onMessage(Message message) {
        try {
            byte[] body = bodyOf(message);
            if (body == null || body.length == 0) {
                intake.deadLetter(message, body == null
                        ? "a " + kindOf(message) + " is no document: send a TextMessage or a BytesMessage"
                        : "the message has an empty body");
                return;
            }
            String correlationId = message.getJMSCorrelationID() != null ? message.getJMSCorrelationID()
                    : message.getJMSMessageID();
            intake.accept(body, message.getStringProperty(LegacyQueues.CONTENT_TYPE),
                    message.getStringProperty(LegacyQueues.PARTNER), correlationId);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read the message from " + LegacyQueues.INBOUND, e);
        }
    }

    private static byte[] bodyOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? new byte[0] : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return body;
        }
        return null;
    }

    private static String kindOf(Message message) {
        return message instanceof ObjectMessage ? "ObjectMessage (never deserialized here)"
                : message instanceof MapMessage ? "MapMessage"
                : message instanceof StreamMessage ? "StreamMessage" : "Message without a body";
    }
}

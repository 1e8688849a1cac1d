package dev.tradehub.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.QueueBrowser;
import java.time.Duration;
import java.util.Enumeration;

/**
 * The point-to-point channel {@value #NAME} (one JMS message per stored document, carrying its message-log id)
 * and its dead letter channel {@value #DEAD_LETTERS}. Sends join the caller's transaction, so a message is
 * delivered only if the state change that caused it commits.
 */
@JMSConnectionFactoryDefinition(
        name = InboundQueue.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactional = true,
        // Every inbound session's transaction holds a connection while its orders wait for their batch in Odoo
        // (32 sessions), and intake, deliveries, legacy sessions and the health check need theirs meanwhile: with
        // 32, a slow Odoo starved the readiness check.
        maxPoolSize = 64,
        minPoolSize = 1)
@Stateless
public class InboundQueue {

    public static final String NAME = "tradehub.inbound";
    /** The dead letter channel: the broker moves deliveries that kept failing here, and so do retries given up. */
    public static final String DEAD_LETTERS = "tradehub.dlq";
    /** Why a message reached the dead letter channel (a string property). */
    public static final String REASON = "tradehubReason";
    public static final String CONNECTION_FACTORY = "java:app/jms/TradeHubConnectionFactory";

    @Inject
    @JMSConnectionFactory(CONNECTION_FACTORY)
    private JMSContext context;

    public void enqueue(String messageId) {
        context.createProducer().send(context.createQueue(NAME), messageId);
    }

    /** How many messages wait on the channel, counted up to {@code limit} (scheduled deliveries not included). */
    public int waiting(int limit) throws JMSException {
        return waiting(context, NAME, limit);
    }

    /** How many messages wait on a queue of TradeHub's broker, counted up to {@code limit}. */
    public static int waiting(JMSContext context, String queue, int limit) throws JMSException {
        try (QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
            Enumeration<?> messages = browser.getEnumeration();
            int count = 0;
            while (count < limit && messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            return count;
        }
    }

    /** Schedules a delivery (the broker keeps it in its journal: a restart does not forget it). */
    public void enqueueAfter(String messageId, Duration delay) {
        context.createProducer().setDeliveryDelay(delay.toMillis()).send(context.createQueue(NAME), messageId);
    }

    /** Hands the message over to the dead letter channel with the reason. */
    public void deadLetter(String messageId, String reason) {
        context.createProducer().setProperty(REASON, reason).send(context.createQueue(DEAD_LETTERS), messageId);
    }
}

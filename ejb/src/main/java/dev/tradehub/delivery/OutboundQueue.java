package dev.tradehub.delivery;

import dev.tradehub.intake.InboundQueue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import java.time.Duration;

/**
 * The point-to-point channel {@value #NAME}: one JMS message per outbound document to deliver, carrying its
 * message-log id. Sends join the caller's transaction.
 */
@Stateless
public class OutboundQueue {

    public static final String NAME = "tradehub.outbound";

    @Inject
    @JMSConnectionFactory(InboundQueue.CONNECTION_FACTORY)
    private JMSContext context;

    public void enqueue(String messageId) {
        context.createProducer().send(context.createQueue(NAME), messageId);
    }

    /** How many deliveries wait on the channel, counted up to {@code limit} (scheduled ones not included). */
    public int waiting(int limit) throws JMSException {
        return InboundQueue.waiting(context, NAME, limit);
    }

    /** Schedules a delivery attempt (kept in the broker's journal across restarts). */
    public void enqueueAfter(String messageId, Duration delay) {
        context.createProducer().setDeliveryDelay(delay.toMillis()).send(context.createQueue(NAME), messageId);
    }
}

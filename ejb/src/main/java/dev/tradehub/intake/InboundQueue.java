package dev.tradehub.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSContext;

/**
 * The point-to-point channel {@value #NAME}: one JMS message per stored document, carrying its message-log id.
 * Sends join the caller's transaction (XA), so the message is delivered only if the document's row commits.
 */
@JMSConnectionFactoryDefinition(
        name = InboundQueue.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactional = true,
        maxPoolSize = 32,
        minPoolSize = 1)
@Stateless
public class InboundQueue {

    public static final String NAME = "tradehub.inbound";
    public static final String CONNECTION_FACTORY = "java:app/jms/TradeHubConnectionFactory";

    @Inject
    @JMSConnectionFactory(CONNECTION_FACTORY)
    private JMSContext context;

    public void enqueue(String messageId) {
        context.createProducer().send(context.createQueue(NAME), messageId);
    }
}

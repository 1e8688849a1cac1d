package dev.tradehub.server.artemis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {

    @TempDir
    Path data;

    private EmbeddedBroker broker;

    private BrokerSettings settings(int maxDeliveryAttempts) {
        return BrokerSettings.resolve(Map.of(), Map.of(
                BrokerSettings.DATA_DIR, data.toString(),
                BrokerSettings.MAX_DELIVERY_ATTEMPTS, Integer.toString(maxDeliveryAttempts),
                BrokerSettings.REDELIVERY_DELAY, "10",
                BrokerSettings.MAX_REDELIVERY_DELAY, "40")::get);
    }

    @AfterEach
    void stop() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void appliesTradeHubAddressSettings() throws Exception {
        broker = new EmbeddedBroker(settings(5));
        long millis = broker.start();
        assertTrue(millis < 5000, "broker start took " + millis + " ms");
        ActiveMQServer server = broker.server();

        AddressSettings inbound = server.getAddressSettingsRepository().getMatch(BrokerSettings.INBOUND_QUEUE);
        assertEquals(SimpleString.of(BrokerSettings.DEAD_LETTER_QUEUE), inbound.getDeadLetterAddress());
        assertEquals(5, inbound.getMaxDeliveryAttempts());
        assertEquals(10, inbound.getRedeliveryDelay());
        assertEquals(2.0, inbound.getRedeliveryMultiplier());
        assertEquals(40, inbound.getMaxRedeliveryDelay());
        assertTrue(inbound.isAutoCreateQueues());

        AddressSettings other = server.getAddressSettingsRepository().getMatch("tradehub.outbound");
        assertEquals(SimpleString.of(BrokerSettings.DEAD_LETTER_QUEUE), other.getDeadLetterAddress());

        AddressSettings dlq = server.getAddressSettingsRepository().getMatch(BrokerSettings.DEAD_LETTER_QUEUE);
        assertEquals(-1, dlq.getMaxDeliveryAttempts(), "the DLQ never dead-letters");

        assertNotNull(server.locateQueue(BrokerSettings.INBOUND_QUEUE));
        assertNotNull(server.locateQueue(BrokerSettings.DEAD_LETTER_QUEUE));
        assertTrue(data.resolve("broker/journal").toFile().isDirectory());
    }

    @Test
    void failingConsumerEndsInTheDeadLetterQueueWhichDoesNotLoop() throws Exception {
        broker = new EmbeddedBroker(settings(3));
        broker.start();
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(EmbeddedBroker.IN_VM_URL);
             Connection connection = cf.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            session.createProducer(session.createQueue(BrokerSettings.INBOUND_QUEUE))
                    .send(session.createTextMessage("poison"));
            session.commit();

            MessageConsumer inbound = session.createConsumer(session.createQueue(BrokerSettings.INBOUND_QUEUE));
            for (int attempt = 1; attempt <= 3; attempt++) {
                Message m = inbound.receive(5000);
                assertNotNull(m, "delivery " + attempt);
                assertEquals(attempt, m.getIntProperty("JMSXDeliveryCount"));
                session.rollback();
            }
            assertNull(inbound.receive(300), "no 4th delivery");
            inbound.close();

            MessageConsumer dlq = session.createConsumer(session.createQueue(BrokerSettings.DEAD_LETTER_QUEUE));
            TextMessage dead = (TextMessage) dlq.receive(5000);
            assertNotNull(dead, "the message is in tradehub.dlq");
            assertEquals("poison", dead.getText());
            assertEquals(BrokerSettings.INBOUND_QUEUE, dead.getStringProperty("_AMQ_ORIG_ADDRESS"));
            // A failing DLQ consumer: the message stays in the DLQ (no dead-lettering of dead letters).
            session.rollback();
            assertEquals(1, broker.server().locateQueue(BrokerSettings.DEAD_LETTER_QUEUE).getMessageCount());
            session.commit();
        }
    }

    @Test
    void persistentMessagesSurviveARestart() throws Exception {
        broker = new EmbeddedBroker(settings(5));
        broker.start();
        send("survivor");
        broker.stop();

        broker = new EmbeddedBroker(settings(5));
        broker.start();
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(EmbeddedBroker.IN_VM_URL);
             Connection connection = cf.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage m = (TextMessage) session.createConsumer(session.createQueue(BrokerSettings.INBOUND_QUEUE))
                    .receive(5000);
            assertNotNull(m);
            assertEquals("survivor", m.getText());
        }
    }

    private void send(String text) throws JMSException {
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(EmbeddedBroker.IN_VM_URL);
             Connection connection = cf.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(BrokerSettings.INBOUND_QUEUE)).send(session.createTextMessage(text));
        }
    }
}

package dev.tradehub.samples.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A legacy system on TradeHub's JMS contract ({@code docs/jms-contract.md}), with nothing but a JMS client: it puts a
 * document on {@value #INBOUND} with its partner, content type and correlation id, and reads the events TradeHub
 * publishes on {@value #EVENTS}, matched by that correlation id.
 *
 * <pre>
 * ./mvnw -q -pl samples/legacy-jms-client compile exec:java -Dexec.args="tcp://localhost:61616 send samples/acme-orders.csv ACME text/csv"
 * ./mvnw -q -pl samples/legacy-jms-client compile exec:java -Dexec.args="tcp://localhost:61616 events"
 * </pre>
 */
public final class LegacyJmsClient implements AutoCloseable {

    public static final String INBOUND = "tradehub.legacy.inbound";
    public static final String EVENTS = "tradehub.legacy.events";
    public static final String DEAD_LETTERS = "tradehub.legacy.dlq";

    /** One event of {@value #EVENTS}: its kind, the correlation id it answers, and its JSON body. */
    public record Event(String kind, String correlationId, String messageId, String json) {
    }

    private final JMSContext context;

    public LegacyJmsClient(String brokerUrl) {
        ConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        this.context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    /** Puts a document on the inbound queue; answers the correlation id it carries. */
    public String send(byte[] document, String partner, String contentType, String correlationId) {
        BytesMessage message = context.createBytesMessage();
        try {
            message.writeBytes(document);
            if (partner != null) {
                message.setStringProperty("TradeHubPartner", partner);
            }
            if (contentType != null) {
                message.setStringProperty("TradeHubContentType", contentType);
            }
            message.setJMSCorrelationID(correlationId);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
        context.createProducer().send(context.createQueue(INBOUND), message);
        return correlationId;
    }

    /** Puts any JMS message on the inbound queue (a test of what a poison message does). */
    public void sendRaw(Message message) {
        context.createProducer().send(context.createQueue(INBOUND), message);
    }

    public JMSContext context() {
        return context;
    }

    /** The events for this correlation id, waiting until one of kind {@code until} arrived or the time is up. */
    public List<Event> eventsOf(String correlationId, String until, Duration timeout) {
        List<Event> events = new ArrayList<>();
        String selector = "JMSCorrelationID = '" + correlationId.replace("'", "''") + "'";
        long deadline = System.nanoTime() + timeout.toNanos();
        try (JMSConsumer consumer = context.createConsumer(context.createQueue(EVENTS), selector)) {
            while (System.nanoTime() < deadline) {
                Message received = consumer.receive(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (received == null) {
                    break;
                }
                Event event = eventOf(received);
                events.add(event);
                if (event.kind().equals(until)) {
                    break;
                }
            }
        }
        return events;
    }

    /** The next dead letter with this correlation id, if one comes within the time. */
    public Optional<Message> deadLetterOf(String correlationId, Duration timeout) {
        String selector = "JMSCorrelationID = '" + correlationId.replace("'", "''") + "'";
        try (JMSConsumer consumer = context.createConsumer(context.createQueue(DEAD_LETTERS), selector)) {
            return Optional.ofNullable(consumer.receive(timeout.toMillis()));
        }
    }

    private static Event eventOf(Message message) {
        try {
            return new Event(message.getStringProperty("TradeHubEvent"), message.getJMSCorrelationID(),
                    message.getStringProperty("TradeHubMessageId"), ((TextMessage) message).getText());
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: <broker-url> send <file> [partner] [content-type] | <broker-url> events");
            System.exit(2);
        }
        try (LegacyJmsClient client = new LegacyJmsClient(args[0])) {
            if (args[1].equals("send")) {
                String correlationId = "legacy-" + UUID.randomUUID();
                client.send(Files.readAllBytes(Path.of(args[2])), args.length > 3 ? args[3] : null,
                        args.length > 4 ? args[4] : null, correlationId);
                System.out.println("sent " + args[2] + " as " + correlationId);
                for (Event event : client.eventsOf(correlationId, "COMPLETED", Duration.ofSeconds(60))) {
                    System.out.println(event.kind() + " " + event.json());
                }
            } else {
                try (JMSConsumer consumer = client.context.createConsumer(client.context.createQueue(EVENTS))) {
                    for (Message message; (message = consumer.receive(0)) != null; ) {
                        Event event = eventOf(message);
                        System.out.println(event.kind() + " " + event.correlationId() + " " + event.json());
                    }
                }
            }
        }
    }
}

package dev.tradehub.channel.jms;

import dev.tradehub.intake.InboundQueue;
import dev.tradehub.messagelog.DocumentHandedOver;
import dev.tradehub.messagelog.MessageSettled;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.MessageError;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Publishes what became of the documents legacy systems put on the JMS channel: a wire tap on each message's outcome
 * and on the documents sent for its orders, in the transaction that wrote them (an event is published if and only if
 * what it reports commits). Documents of other channels are not reported here.
 */
@Stateless
public class LegacyEvents {

    static final String CHANNEL = "jms";

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @Inject
    @JMSConnectionFactory(InboundQueue.CONNECTION_FACTORY)
    private JMSContext context;

    /** The document was taken in (or refused at the door, or found to be a re-send). */
    public void accepted(String event, LoggedMessage message, String correlationId) {
        publish(event, correlationId, body(event, message, correlationId));
    }

    /** A message TradeHub cannot read as a document: reported alongside its dead letter. */
    public void rejected(String correlationId, String partner, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("event", "REJECTED").add("at", Instant.now().toString())
                .add("reason", reason);
        add(body, "correlationId", correlationId);
        add(body, "partner", partner);
        publish("REJECTED", correlationId, body.build());
    }

    public void onSettled(@Observes MessageSettled settled) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, settled.messageId());
        if (message != null && CHANNEL.equals(message.getChannel())) {
            String event = message.getStatus().name();
            publish(event, message.getSenderReference(), body(event, message, message.getSenderReference()));
        }
    }

    public void onHandedOver(@Observes DocumentHandedOver handedOver) {
        LoggedMessage document = entityManager.find(LoggedMessage.class, handedOver.messageId());
        if (document == null) {
            return;
        }
        LoggedMessage origin = originOf(document);
        if (origin == null || !CHANNEL.equals(origin.getChannel())) {
            return;
        }
        JsonObjectBuilder sent = Json.createObjectBuilder().add("messageId", document.getId());
        add(sent, "docType", document.getDocType());
        add(sent, "standard", document.getStandard());
        add(sent, "interchangeControl", document.getInterchangeControl());
        add(sent, "transport", document.getTransport());
        add(sent, "delivery", document.getDeliveryState() == null ? null : document.getDeliveryState().name());
        JsonObject body = Json.createObjectBuilder(body("DOCUMENT_SENT", origin, origin.getSenderReference()))
                .add("document", sent).build();
        publish("DOCUMENT_SENT", origin.getSenderReference(), body);
    }

    /** The inbound message an outbound document answers: directly (an acknowledgement), or through its order. */
    private LoggedMessage originOf(LoggedMessage document) {
        if (document.getAnswersMessageId() != null) {
            return entityManager.find(LoggedMessage.class, document.getAnswersMessageId());
        }
        List<LoggedMessage> orders = entityManager.createQuery("SELECT t.message FROM LoggedTransaction t, OrderDocument d"
                        + " WHERE d.messageId = :id AND t.id = d.transactionId", LoggedMessage.class)
                .setParameter("id", document.getId()).setMaxResults(1).getResultList();
        return orders.isEmpty() ? null : orders.get(0);
    }

    private static JsonObject body(String event, LoggedMessage message, String correlationId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("event", event).add("at", Instant.now().toString())
                .add("messageId", message.getId()).add("status", message.getStatus().name());
        add(body, "correlationId", correlationId);
        add(body, "partner", message.getPartnerCode());
        add(body, "docType", message.getDocType());
        add(body, "errorCategory", message.getErrorCategory());
        if (message.getDuplicateOf() != null) {
            body.add("duplicateOf", message.getDuplicateOf());
        }
        if (!message.getErrors().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (MessageError error : message.getErrors()) {
                JsonObjectBuilder item = Json.createObjectBuilder();
                add(item, "category", error.getCategory());
                add(item, "text", error.getText());
                errors.add(item);
            }
            body.add("errors", errors);
        }
        if (message.getNextAttemptAt() != null && "RETRY_SCHEDULED".equals(message.getStatus().name())) {
            body.add("nextAttemptAt", message.getNextAttemptAt().toString() + "Z");
        }
        JsonArrayBuilder orders = Json.createArrayBuilder();
        for (LoggedTransaction transaction : message.getTransactions()) {
            JsonObjectBuilder order = Json.createObjectBuilder();
            add(order, "poNumber", transaction.getPoNumber());
            add(order, "docType", transaction.getDocType());
            add(order, "state", transaction.getState() == null ? null : transaction.getState().name());
            add(order, "errorCategory", transaction.getErrorCategory());
            if (transaction.getOdooId() != null) {
                order.add("odoo", Json.createObjectBuilder().add("model", transaction.getOdooModel())
                        .add("id", transaction.getOdooId()).add("name", String.valueOf(transaction.getOdooName())));
            }
            orders.add(order);
        }
        return body.add("transactions", orders).build();
    }

    private void publish(String event, String correlationId, JsonObject body) {
        var producer = context.createProducer().setProperty(LegacyQueues.EVENT, event);
        if (body.containsKey("messageId")) {
            producer.setProperty(LegacyQueues.MESSAGE_ID, body.getString("messageId"));
        }
        if (body.containsKey("partner")) {
            producer.setProperty(LegacyQueues.PARTNER, body.getString("partner"));
        }
        if (correlationId != null) {
            producer.setJMSCorrelationID(correlationId);
        }
        producer.send(context.createQueue(LegacyQueues.EVENTS), body.toString());
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}

package dev.tradehub.delivery;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.messagelog.DocumentHandedOver;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.partner.RetryPolicy;
import dev.tradehub.persistence.messagelog.DeliveryState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands an outbound document over by the transport the partner's profile names ({@link OutboundTransport}: the API
 * mailbox, where it waits until the partner confirms its receipt, a folder, SFTP, AS2). Runs in the caller's transaction (the delivery consumer's). A
 * delivery that is not due (already handed over, a stray copy) is only noted; a failed one is retried with backoff
 * and, after the last attempt, dead-lettered with an alert. {@link #redeliver} starts it again, same bytes.
 */
@Stateless
public class OutboundDelivery {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private OutboundQueue queue;

    @Inject
    @ConfigProperty(name = "tradehub.delivery.max-attempts", defaultValue = "8")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "tradehub.delivery.initial-delay-ms", defaultValue = "5000")
    private long initialDelayMillis;

    @Inject
    @ConfigProperty(name = "tradehub.delivery.max-delay-ms", defaultValue = "600000")
    private long maxDelayMillis;

    @Inject
    @Any
    private Instance<OutboundTransport> transports;

    /** Wire tap: who wants to hear that a document was handed over (the JMS contract's events). */
    @Inject
    private Event<DocumentHandedOver> handedOver;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());
    private RetryPolicy retryPolicy;

    @PostConstruct
    void configure() {
        retryPolicy = new RetryPolicy(maxAttempts, Duration.ofMillis(initialDelayMillis), 2.0,
                Duration.ofMillis(maxDelayMillis), 0.2);
    }

    public void deliver(String messageId) {
        LoggedMessage message = entityManager.find(LoggedMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getDirection() != Direction.OUTBOUND) {
            throw new IllegalStateException("Message " + messageId + " is not an outbound message of the log");
        }
        DeliveryState state = message.getDeliveryState();
        if (state != DeliveryState.QUEUED && state != DeliveryState.RETRY_SCHEDULED) {
            recorder.event(message, "REDELIVERY_IGNORED", "delivery already " + state);
            return;
        }
        int attempt = message.countDeliveryAttempt();
        OutboundTransport.Handover handover;
        try {
            PartnerProfile partner = partners.find(message.getPartnerCode()).orElseThrow(() -> new IOException(
                    "partner " + message.getPartnerCode() + " is no longer registered"));
            handover = transportNamed(message.getTransport()).handOver(new OutboundTransport.Parcel(message.getId(),
                    fileName(message), message.getContentType(), message.getPayload(), attempt), partner);
        } catch (IOException | RuntimeException e) {
            failed(message, attempt, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return;
        }
        String detail = handover.detail() + (attempt > 1 ? " (attempt " + attempt + ")" : "");
        switch (handover.outcome()) {
            case DELIVERED -> {
                message.moveDeliveryTo(DeliveryState.DELIVERED, null, recorder.now());
                recorder.event(message, "DELIVERED", detail);
            }
            case AWAITING_PICKUP -> {
                message.moveDeliveryTo(DeliveryState.AWAITING_PICKUP, null, recorder.now());
                recorder.event(message, "AWAITING_PICKUP", detail);
            }
            case AWAITING_RECEIPT -> {
                message.moveDeliveryTo(DeliveryState.AWAITING_RECEIPT, null, recorder.now());
                recorder.event(message, "AWAITING_RECEIPT", detail);
            }
        }
        handedOver.fire(new DocumentHandedOver(message.getId()));
    }

    /** The partner's receipt of a document sent and AWAITING_RECEIPT (an asynchronous MDN) says it has it. */
    public void receiptArrived(LoggedMessage message, String detail) {
        if (message.getDeliveryState() != DeliveryState.AWAITING_RECEIPT) {
            recorder.event(message, "RECEIPT_IGNORED", detail + "; delivery already " + message.getDeliveryState());
            return;
        }
        message.moveDeliveryTo(DeliveryState.DELIVERED, null, recorder.now());
        recorder.event(message, "DELIVERED", detail);
        handedOver.fire(new DocumentHandedOver(message.getId()));
    }

    /**
     * The partner's receipt of a document AWAITING_RECEIPT says it failed, or never came within the partner's window:
     * a failed attempt, retried with backoff and dead-lettered after the last one.
     */
    public void receiptFailed(LoggedMessage message, String reason) {
        if (message.getDeliveryState() != DeliveryState.AWAITING_RECEIPT) {
            recorder.event(message, "RECEIPT_IGNORED", reason + "; delivery already " + message.getDeliveryState());
            return;
        }
        failed(message, message.getDeliveryAttempts(), reason);
    }

    private OutboundTransport transportNamed(String name) throws IOException {
        for (OutboundTransport transport : transports) {
            if (transport.name().equalsIgnoreCase(name)) {
                return transport;
            }
        }
        throw new IOException("no transport " + name + " in this server");
    }

    /** Delivers the document again, same bytes and control numbers (a replay). */
    public void redeliver(LoggedMessage message, String requestedBy) {
        String before = String.valueOf(message.getDeliveryState());
        message.moveDeliveryTo(DeliveryState.QUEUED, null, recorder.now());
        recorder.event(message, "REDELIVERY_REQUESTED", "delivery was " + before + "; requested by " + requestedBy);
        queue.enqueue(message.getId());
    }

    private void failed(LoggedMessage message, int attempt, String cause) {
        String reason = "Delivery to " + message.getPartnerCode() + " by " + message.getTransport() + " failed: "
                + cause;
        recorder.error(message, new DocumentError(ErrorCategory.TRANSPORT, Location.ofPayload(), reason));
        if (attempt >= retryPolicy.defaultMaxAttempts()) {
            message.moveDeliveryTo(DeliveryState.DEAD_LETTER, ErrorCategory.TRANSPORT.name(), recorder.now());
            recorder.event(message, "DEAD_LETTER", reason + "; gave up after " + attempt + " attempt(s)");
            handedOver.fire(new DocumentHandedOver(message.getId()));
            ALERTS.warning(() -> "alert=DELIVERY_DEAD_LETTER message=" + message.getId() + " partner="
                    + message.getPartnerCode() + " detail=\"" + reason + "\"");
            return;
        }
        Duration delay = retryPolicy.delayAfter(attempt, ThreadLocalRandom.current()::nextDouble);
        message.moveDeliveryTo(DeliveryState.RETRY_SCHEDULED, ErrorCategory.TRANSPORT.name(), recorder.now());
        recorder.event(message, "DELIVERY_RETRY_SCHEDULED", reason + "; attempt " + attempt + " of "
                + retryPolicy.defaultMaxAttempts() + ", next in " + delay.toMillis() + " ms");
        queue.enqueueAfter(message.getId(), delay);
    }

    /** The file's name: the partner, the document type and its control number, and the message (stable). */
    static String fileName(LoggedMessage message) {
        String extension = "EDIFACT".equals(message.getStandard()) ? "edi" : "x12";
        return (message.getPartnerCode() + "-" + message.getDocType() + "-" + message.getInterchangeControl() + "-"
                + message.getId().substring(0, 8)).replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT)
                + "." + extension;
    }
}

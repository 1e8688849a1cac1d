package dev.tradehub.delivery;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands an outbound document over by its transport: into the partner's mailbox (it waits there until the partner
 * confirms its receipt) or into the partner's folder. Runs in the caller's transaction (the delivery consumer's). A
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

    /** Where a partner's relative {@code outbound.folder} is resolved. */
    @Inject
    @ConfigProperty(name = "tradehub.data-dir")
    private Optional<String> dataDir;

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
        if ("FOLDER".equals(message.getTransport())) {
            try {
                Path file = FolderDrop.write(folderOf(message), fileName(message), message.getPayload());
                message.moveDeliveryTo(DeliveryState.DELIVERED, null, recorder.now());
                recorder.event(message, "DELIVERED", "written to " + file + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
            } catch (IOException | RuntimeException e) {
                failed(message, attempt, e);
            }
        } else {
            message.moveDeliveryTo(DeliveryState.AWAITING_PICKUP, null, recorder.now());
            recorder.event(message, "AWAITING_PICKUP", "in the mailbox of " + message.getPartnerCode());
        }
    }

    /** Delivers the document again, same bytes and control numbers (a replay). */
    public void redeliver(LoggedMessage message, String requestedBy) {
        String before = String.valueOf(message.getDeliveryState());
        message.moveDeliveryTo(DeliveryState.QUEUED, null, recorder.now());
        recorder.event(message, "REDELIVERY_REQUESTED", "delivery was " + before + "; requested by " + requestedBy);
        queue.enqueue(message.getId());
    }

    private void failed(LoggedMessage message, int attempt, Exception cause) {
        String reason = "Delivery to " + message.getPartnerCode() + " by " + message.getTransport() + " failed: "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        recorder.error(message, new DocumentError(ErrorCategory.TRANSPORT, Location.ofPayload(), reason));
        if (attempt >= retryPolicy.defaultMaxAttempts()) {
            message.moveDeliveryTo(DeliveryState.DEAD_LETTER, ErrorCategory.TRANSPORT.name(), recorder.now());
            recorder.event(message, "DEAD_LETTER", reason + "; gave up after " + attempt + " attempt(s)");
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

    private Path folderOf(LoggedMessage message) {
        PartnerProfile profile = partners.find(message.getPartnerCode()).orElseThrow(() ->
                new IllegalStateException("partner " + message.getPartnerCode() + " is no longer registered"));
        String folder = profile.outbound() == null ? null : profile.outbound().folder();
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("partner " + profile.code() + " has no outbound.folder");
        }
        Path path = Path.of(folder);
        return path.isAbsolute() ? path : Path.of(dataDir.orElse(System.getProperty("user.dir"))).resolve(path);
    }

    /** The file's name: the partner, the document type and its control number, and the message (stable). */
    static String fileName(LoggedMessage message) {
        String extension = "EDIFACT".equals(message.getStandard()) ? "edi" : "x12";
        return (message.getPartnerCode() + "-" + message.getDocType() + "-" + message.getInterchangeControl() + "-"
                + message.getId().substring(0, 8)).replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT)
                + "." + extension;
    }
}

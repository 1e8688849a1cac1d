package dev.tradehub.changecapture.polling;

import dev.tradehub.changecapture.FollowedModel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls each followed model at its interval ({@code tradehub.changecapture.<model>.interval-seconds}, else
 * {@code tradehub.changecapture.interval-seconds}, default 5), one poll of a model at a time; a hint (an Odoo
 * webhook) brings the next poll forward, or asks for another one right after the poll under way. Polls are cheap
 * when nothing changed: one call per model.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChangeCaptureSchedule {

    private static final Logger LOG = Logger.getLogger(ChangeCaptureSchedule.class.getName());

    /** The state of one model's polling, for the operator. */
    public record Status(FollowedModel model, boolean following, long intervalSeconds, LocalDateTime lastPollAt,
            LocalDateTime lastSuccessAt, ChangePoll.Outcome lastOutcome, String lastError, LocalDateTime lastErrorAt) {
    }

    @Resource
    private TimerService timers;

    @EJB
    private ChangePoll poll;

    @Inject
    private Config config;

    /** Off: TradeHub sends no 855, 856 or 810 (e.g. while another system still sends them). */
    @Inject
    @ConfigProperty(name = "tradehub.changecapture.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "tradehub.changecapture.interval-seconds", defaultValue = "5")
    private long defaultIntervalSeconds;

    /** How often the orders that profiles claim by customer are looked for. */
    @Inject
    @ConfigProperty(name = "tradehub.changecapture.claim-interval-seconds", defaultValue = "60")
    private long claimIntervalSeconds;

    /**
     * How long ago a claimed order must have been last written: long enough for TradeHub's own placement of an
     * order to have committed, so that only orders TradeHub did not place are claimed.
     */
    @Inject
    @ConfigProperty(name = "tradehub.changecapture.claim-settle-seconds", defaultValue = "60")
    private long claimSettleSeconds;

    private volatile LocalDateTime lastClaimSweep;
    private volatile LocalDateTime claimedUntil;

    private final Map<FollowedModel, AtomicBoolean> running = new EnumMap<>(FollowedModel.class);
    private final Map<FollowedModel, AtomicBoolean> again = new EnumMap<>(FollowedModel.class);
    private final Map<FollowedModel, Status> statuses = new EnumMap<>(FollowedModel.class);

    @PostConstruct
    void schedule() {
        for (FollowedModel model : FollowedModel.values()) {
            running.put(model, new AtomicBoolean());
            again.put(model, new AtomicBoolean());
            long interval = intervalSeconds(model);
            statuses.put(model, new Status(model, enabled, interval, null, null, null, null, null));
            if (enabled) {
                // Spread the models over the first interval so that they do not all call Odoo at once.
                long firstDelay = 1000L * interval * (model.ordinal() + 1) / FollowedModel.values().length;
                timers.createIntervalTimer(firstDelay, 1000L * interval, new TimerConfig(model, false));
            }
        }
    }

    @Timeout
    void onTimer(Timer timer) {
        pollNow((FollowedModel) timer.getInfo());
    }

    /** A hint that {@code model} changed: polls it now, without waiting for the caller. */
    @Asynchronous
    public void hint(FollowedModel model) {
        if (enabled) {
            pollNow(model);
        }
    }

    /** Polls {@code model} now unless a poll of it is under way (that poll is then followed by another). */
    public Optional<ChangePoll.Outcome> pollNow(FollowedModel model) {
        AtomicBoolean busy = running.get(model);
        if (!busy.compareAndSet(false, true)) {
            again.get(model).set(true);
            return Optional.empty();
        }
        try {
            ChangePoll.Outcome outcome;
            do {
                again.get(model).set(false);
                outcome = pollOnce(model);
            } while (again.get(model).get());
            return Optional.ofNullable(outcome);
        } finally {
            busy.set(false);
        }
    }

    public Map<FollowedModel, Status> statuses() {
        synchronized (statuses) {
            return Map.copyOf(statuses);
        }
    }

    private ChangePoll.Outcome pollOnce(FollowedModel model) {
        LocalDateTime at = LocalDateTime.now(java.time.ZoneOffset.UTC);
        Status before = statuses().get(model);
        try {
            ChangePoll.Outcome outcome = poll.poll(model);
            if (model == FollowedModel.SALE_ORDERS) {
                poll.catchUpOrders();
                claimCustomerOrders(at);
            }
            if (before.lastError() != null) {
                LOG.info(() -> "Change capture of " + model.odooModel() + " works again");
            }
            update(new Status(model, enabled, before.intervalSeconds(), at, at, outcome, null, null));
            return outcome;
        } catch (RuntimeException e) {
            String error = describe(e);
            if (!error.equals(before.lastError())) {
                LOG.log(Level.WARNING, "Change capture of " + model.odooModel() + " failed (the next poll reads the"
                        + " same changes again): " + error);
            }
            update(new Status(model, enabled, before.intervalSeconds(), at, before.lastSuccessAt(), before.lastOutcome(),
                    error, at));
            return null;
        }
    }

    /**
     * Every {@code claim-interval-seconds}: the orders profiles claim by customer, once settled (last written
     * {@code claim-settle-seconds} ago), from where the last sweep stopped.
     */
    private void claimCustomerOrders(LocalDateTime at) {
        if (lastClaimSweep != null && at.isBefore(lastClaimSweep.plusSeconds(claimIntervalSeconds))) {
            return;
        }
        LocalDateTime until = at.minusSeconds(claimSettleSeconds);
        int claimed = poll.claimCustomerOrders(claimedUntil, until);
        if (claimed > 0) {
            LOG.info(() -> claimed + " sale order(s) claimed for the partners that claim their customer's orders");
        }
        claimedUntil = until;
        lastClaimSweep = at;
    }

    private void update(Status status) {
        synchronized (statuses) {
            statuses.put(status.model(), status);
        }
    }

    private long intervalSeconds(FollowedModel model) {
        long seconds = config.getOptionalValue("tradehub.changecapture." + model.configName() + ".interval-seconds",
                Long.class).orElse(defaultIntervalSeconds);
        return Math.max(1, seconds);
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

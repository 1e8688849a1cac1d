package dev.tradehub.channel.sftp;

import dev.tradehub.channel.ChannelStatus;
import dev.tradehub.channel.ChannelStatuses;
import dev.tradehub.channel.FileIntake;
import dev.tradehub.channel.SettledFiles;
import dev.tradehub.partner.ChannelSettings.SftpSettings;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls every partner's SFTP server that has an inbound folder ({@code channels.sftp.inboundFolder}), each at its
 * own interval ({@code pollSeconds}, default 60), each poll on a thread of its own so that one slow or unreachable
 * server never delays another. A failed poll (connection refused, sign-in refused, host key mismatch, a folder
 * that is not there) is a TRANSPORT problem: an {@code alert=SFTP_POLL_FAILED} line on {@code dev.tradehub.alerts}
 * when it starts or its reason changes, the partner's channel status {@code FAILING} with the reason, and the next
 * polls come later and later (the interval doubled per failure, up to {@code tradehub.sftp.poll.max-backoff-seconds})
 * until one works again. Partners' profiles are read again at every tick ({@code tradehub.sftp.poll.tick-seconds}),
 * so a new or changed profile is polled without a restart.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SftpPolling {

    static final String CHANNEL = "sftp";
    private static final Logger LOG = Logger.getLogger(SftpPolling.class.getName());
    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private FileIntake intake;

    @Inject
    private SftpConnector connector;

    @Inject
    private ChannelStatuses statuses;

    /** Off: no partner's SFTP server is polled (uploads still work). */
    @Inject
    @ConfigProperty(name = "tradehub.sftp.poll.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "tradehub.sftp.poll.tick-seconds", defaultValue = "5")
    private long tickSeconds;

    @Inject
    @ConfigProperty(name = "tradehub.sftp.poll.max-backoff-seconds", defaultValue = "900")
    private long maxBackoffSeconds;

    /** One partner's polling, kept between ticks. */
    private static final class PartnerPolling {
        final SettledFiles settled;
        final AtomicBoolean running = new AtomicBoolean();
        volatile String target;
        volatile Instant nextPollAt = Instant.EPOCH;
        volatile Instant lastPollAt;
        volatile Instant lastSuccessAt;
        volatile String lastError;
        volatile Instant lastErrorAt;
        volatile int failures;
        volatile long filesTaken;

        PartnerPolling(Duration settle) {
            settled = new SettledFiles(settle);
        }
    }

    private final Map<String, PartnerPolling> polling = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private ScheduledFuture<?> tick;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("SFTP polling is off (tradehub.sftp.poll.enabled=false)");
            return;
        }
        long period = Math.max(1, tickSeconds);
        tick = scheduler.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The SFTP poll schedule failed; it runs again in " + period + " s", e);
            }
        }, period, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (tick != null) {
            tick.cancel(false);
        }
    }

    /** Starts the poll of every partner whose turn it is and that is not being polled right now. */
    void tick() {
        Map<String, PartnerProfile> polled = partners.list().stream()
                .filter(p -> p.isActive() && inboundFolder(p) != null)
                .collect(Collectors.toMap(PartnerProfile::code, p -> p));
        polling.keySet().retainAll(polled.keySet());
        statuses.retain(CHANNEL, Set.copyOf(polled.keySet()));
        Instant now = Instant.now();
        polled.values().forEach(profile -> {
            SftpSettings settings = profile.channelSettings().sftp();
            PartnerPolling state = polling.computeIfAbsent(profile.code(), code -> new PartnerPolling(
                    Duration.ofSeconds(settings.settleSeconds() == null ? 0 : Math.max(0, settings.settleSeconds()))));
            state.target = target(settings);
            if (state.lastPollAt == null && state.lastErrorAt == null) {
                publish(profile.code(), state, "WAITING");
            }
            if (stopping || now.isBefore(state.nextPollAt) || !state.running.compareAndSet(false, true)) {
                return;
            }
            try {
                scheduler.execute(() -> {
                    try {
                        pollOnce(profile.code(), settings, state);
                    } finally {
                        state.running.set(false);
                    }
                });
            } catch (RuntimeException e) {
                state.running.set(false);
                throw e;
            }
        });
    }

    private void pollOnce(String partner, SftpSettings settings, PartnerPolling state) {
        Instant at = Instant.now();
        state.lastPollAt = at;
        try (SftpConnector.PartnerSftp remote = connector.open(partner, settings)) {
            RemoteFolderPoll.Outcome outcome = RemoteFolderPoll.poll(partner, remote, settings, state.settled,
                    (name, content) -> intake.accept(partner, CHANNEL, name, content), at);
            state.filesTaken += outcome.taken() + outcome.duplicates() + outcome.refused();
            if (state.lastError != null) {
                LOG.info(() -> "SFTP polling of " + partner + " (" + state.target + ") works again");
                ALERTS.info(() -> "alert=SFTP_POLL_RECOVERED partner=" + partner + " channel=sftp");
            }
            if (outcome.taken() + outcome.duplicates() + outcome.refused() > 0) {
                LOG.info(() -> "SFTP " + partner + ": took in " + outcome.taken() + " file(s), " + outcome.duplicates()
                        + " re-read as duplicates, " + outcome.refused() + " refused, " + outcome.unreadable()
                        + " unreadable, from " + state.target);
            }
            state.lastSuccessAt = at;
            state.lastError = null;
            state.failures = 0;
            state.nextPollAt = at.plusSeconds(interval(settings));
            publish(partner, state, "OK");
        } catch (java.io.IOException | RuntimeException e) {
            String reason = "TRANSPORT: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            state.failures++;
            long backoff = backoffSeconds(interval(settings), state.failures, maxBackoffSeconds);
            state.nextPollAt = at.plusSeconds(backoff);
            if (!reason.equals(state.lastError)) {
                ALERTS.warning(() -> "alert=SFTP_POLL_FAILED partner=" + partner + " channel=sftp category=TRANSPORT"
                        + " target=" + state.target + " detail=\"" + reason.substring("TRANSPORT: ".length())
                        + "\" next-poll-in=" + backoff + "s");
            } else {
                LOG.fine(() -> "SFTP poll of " + partner + " failed again (" + state.failures + " in a row): " + reason);
            }
            state.lastError = reason;
            state.lastErrorAt = at;
            publish(partner, state, "FAILING");
        }
    }

    private void publish(String partner, PartnerPolling state, String status) {
        statuses.put(new ChannelStatus(partner, CHANNEL, state.target, status, utc(state.lastPollAt),
                utc(state.lastSuccessAt), state.lastError, utc(state.lastErrorAt), state.failures,
                utc(state.nextPollAt), state.filesTaken));
    }

    /**
     * How long after its {@code failures}-th failure in a row a partner's server is polled again: the interval, then
     * doubled per further failure, at most {@code max} (never less than the interval itself).
     */
    static long backoffSeconds(long interval, int failures, long max) {
        long doubled = interval * (1L << Math.min(20, Math.max(0, failures - 1)));
        return Math.min(Math.max(max, interval), doubled);
    }

    private static long interval(SftpSettings settings) {
        return settings.pollSeconds() == null ? 60 : Math.max(1, settings.pollSeconds());
    }

    private static String inboundFolder(PartnerProfile profile) {
        SftpSettings settings = profile.channelSettings().sftp();
        return settings == null || settings.inboundFolder() == null || settings.inboundFolder().isBlank() ? null
                : settings.inboundFolder();
    }

    static String target(SftpSettings settings) {
        return "sftp://" + settings.user() + "@" + settings.host() + ":" + (settings.port() == null ? 22
                : settings.port()) + "/" + RemoteFolderPoll.folder(settings.inboundFolder()).replaceFirst("^/", "");
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null || instant.equals(Instant.EPOCH) ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package dev.tradehub.channel.sftp.mailbox;

import dev.tradehub.channel.ChannelSecrets;
import dev.tradehub.channel.ChannelStatus;
import dev.tradehub.channel.ChannelStatuses;
import dev.tradehub.channel.FileIntake;
import dev.tradehub.channel.SettledFiles;
import dev.tradehub.intake.Receipt;
import dev.tradehub.partner.ChannelSettings.MailboxSettings;
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
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * TradeHub's own SFTP server, the partners' mailbox: each partner with {@code channels.mailbox} signs in with its
 * account (the password its {@code passwordRef} names, or one of its authorized keys) and sees only its own folder,
 * {@code in} and {@code out} ({@link MailboxFolders}). Files it puts in {@code in} are taken in once complete
 * (not under a temporary name, not open for writing in a session, size and time stamp unchanged for
 * {@code tradehub.sftp.mailbox.settle-seconds}), then moved to {@code in/done}; its outbound documents
 * ({@code SFTP_MAILBOX}) are written to {@code out}.
 *
 * <p>Off unless {@code tradehub.sftp.port} is set to a port (0 or unset: off), so that a TradeHub that was not asked
 * for it binds nothing. The host key is made once and kept at {@code <data-dir>/sftp-host-key.ser}; its fingerprint
 * is logged at start and shown by {@code GET /api/v1/channels}, for partners to pin. The server stops with the
 * application, its port released at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailboxServer {

    static final String CHANNEL = "sftp-mailbox";
    private static final Logger LOG = Logger.getLogger(MailboxServer.class.getName());
    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");

    /** How the mailbox server stands, for the operator. */
    public record State(boolean enabled, String state, Integer port, String hostKey, String detail) {
    }

    /** Finds a partner's account by its user name, on a thread with the application's context. */
    public interface AccountLookup {
        Optional<MailboxAccount> find(String user);
    }

    @Inject
    @ConfigProperty(name = "tradehub.sftp.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "tradehub.sftp.host", defaultValue = "0.0.0.0")
    String host;

    @Inject
    @ConfigProperty(name = "tradehub.data-dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "tradehub.sftp.mailbox.scan-seconds", defaultValue = "2")
    long scanSeconds;

    @Inject
    @ConfigProperty(name = "tradehub.sftp.mailbox.settle-seconds", defaultValue = "2")
    long settleSeconds;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private ContextService contextService;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private FileIntake intake;

    @Inject
    private ChannelSecrets secrets;

    @Inject
    private ChannelStatuses statuses;

    private final Map<String, SettledFiles> settled = new ConcurrentHashMap<>();
    private final Map<String, Long> taken = new ConcurrentHashMap<>();
    /** The reason of each partner's failing scan: alerted when it starts or changes, not at every scan. */
    private final Map<String, String> lastErrors = new ConcurrentHashMap<>();
    private MailboxSshServer server;
    private ScheduledFuture<?> scan;
    private volatile State state = new State(false, "OFF", null, null,
            "set tradehub.sftp.port to run the SFTP mailbox");

    @PostConstruct
    void start() {
        int configured = port.orElse(0);
        if (configured <= 0) {
            LOG.info("The SFTP mailbox is off (set tradehub.sftp.port to run it)");
            return;
        }
        Path root = MailboxFolders.root(dataDir);
        Path hostKey = root.getParent().resolve("sftp-host-key.ser");
        AccountLookup lookup = contextService.createContextualProxy((AccountLookup) this::account, AccountLookup.class);
        try {
            Files.createDirectories(root);
            server = MailboxSshServer.start(host, configured, hostKey, root, lookup);
            state = new State(true, "LISTENING", server.port(), server.hostKeyFingerprint(), "partners' folders in "
                    + root);
            LOG.info(() -> "SFTP mailbox listening on " + host + ":" + server.port() + ", host key "
                    + server.hostKeyFingerprint() + " (" + hostKey + "), partners' folders in " + root);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state = new State(true, "DOWN", configured, null, "cannot listen on " + host + ":" + configured + ": "
                    + reason);
            ALERTS.severe(() -> "alert=SFTP_MAILBOX_DOWN channel=sftp-mailbox category=TRANSPORT port=" + configured
                    + " detail=\"cannot listen on " + host + ":" + configured + ": " + reason + "\"");
            return;
        }
        long period = Math.max(1, scanSeconds);
        scan = scheduler.scheduleWithFixedDelay(() -> {
            try {
                scanInboxes(root);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The SFTP mailbox scan failed; it runs again in " + period + " s", e);
            }
        }, period, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (scan != null) {
            scan.cancel(false);
        }
        if (server != null) {
            server.close();
            LOG.info("SFTP mailbox stopped; port released");
        }
    }

    public State state() {
        return state;
    }

    /** The active partner whose mailbox account is {@code user}. */
    Optional<MailboxAccount> account(String user) {
        return accounts().stream().filter(account -> account.user().equals(user)).findFirst();
    }

    private List<MailboxAccount> accounts() {
        return partners.list().stream().filter(PartnerProfile::isActive)
                .filter(p -> p.channelSettings().mailbox() != null && p.channelSettings().mailbox().user() != null
                        && !p.channelSettings().mailbox().user().isBlank())
                .map(p -> {
                    MailboxSettings settings = p.channelSettings().mailbox();
                    return MailboxAccount.of(p.code(), settings, secrets.lookup(settings.passwordRef()));
                }).toList();
    }

    /** Takes in every complete file of every partner's {@code in}. */
    void scanInboxes(Path root) {
        List<MailboxAccount> accounts = accounts();
        settled.keySet().retainAll(accounts.stream().map(MailboxAccount::partner).toList());
        statuses.retain(CHANNEL, java.util.Set.copyOf(accounts.stream().map(MailboxAccount::partner).toList()));
        for (MailboxAccount account : accounts) {
            Instant at = Instant.now();
            String target = "sftp://" + account.user() + "@mailbox:" + server.port() + "/" + MailboxFolders.IN;
            try {
                Path in = MailboxFolders.home(root, account.partner()).resolve(MailboxFolders.IN);
                int count = scanInbox(account, in, at);
                lastErrors.remove(account.partner());
                taken.merge(account.partner(), (long) count, Long::sum);
                statuses.put(new ChannelStatus(account.partner(), CHANNEL, target, "OK", utc(at), utc(at), null, null,
                        0, utc(at.plusSeconds(Math.max(1, scanSeconds))), taken.getOrDefault(account.partner(), 0L)));
            } catch (IOException | RuntimeException e) {
                String reason = "TRANSPORT: " + e.getMessage();
                if (!reason.equals(lastErrors.put(account.partner(), reason))) {
                    ALERTS.warning(() -> "alert=SFTP_MAILBOX_SCAN_FAILED partner=" + account.partner()
                            + " channel=sftp-mailbox category=TRANSPORT detail=\"" + e.getMessage() + "\"");
                }
                statuses.put(new ChannelStatus(account.partner(), CHANNEL, target, "FAILING", utc(at), null, reason,
                        utc(at), 1, utc(at.plusSeconds(Math.max(1, scanSeconds))),
                        taken.getOrDefault(account.partner(), 0L)));
            }
        }
    }

    private int scanInbox(MailboxAccount account, Path in, Instant now) throws IOException {
        Map<String, SettledFiles.Stamp> listing = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !server.openForWriting(account.partner(), name)) {
                    listing.put(name, new SettledFiles.Stamp(Files.size(file),
                            Files.getLastModifiedTime(file).toMillis()));
                }
            }
        }
        SettledFiles files = settled.computeIfAbsent(account.partner(),
                partner -> new SettledFiles(Duration.ofSeconds(Math.max(0, settleSeconds))));
        int count = 0;
        for (String name : files.settled(listing, now)) {
            Path file = in.resolve(name);
            if (server.openForWriting(account.partner(), name)) {
                continue;
            }
            Receipt receipt;
            try (InputStream content = Files.newInputStream(file)) {
                receipt = intake.accept(account.partner(), CHANNEL, name, content);
            } catch (IOException e) {
                Path moved = moveTo(file, in.resolve(MailboxFolders.ERROR));
                files.taken(name);
                ALERTS.warning(() -> "alert=SFTP_MAILBOX_FILE_UNREADABLE partner=" + account.partner()
                        + " channel=sftp-mailbox category=TRANSPORT file=" + name + " detail=\"" + e.getMessage()
                        + "; moved to " + moved + "\"");
                continue;
            }
            count++;
            if (receipt.refusal() != null) {
                Path moved = moveTo(file, in.resolve(MailboxFolders.ERROR));
                ALERTS.warning(() -> "alert=SFTP_MAILBOX_FILE_REFUSED partner=" + account.partner()
                        + " channel=sftp-mailbox category=TRANSPORT file=" + name + " message=" + receipt.messageId()
                        + " detail=\"intake refused it (" + receipt.refusal() + "); kept as FAILED, file moved to "
                        + moved + "\"");
            } else {
                moveTo(file, in.resolve(MailboxFolders.DONE));
            }
            files.taken(name);
        }
        return count;
    }

    /** Moves a taken file into the folder; a done file of the same name is replaced (the message log keeps both). */
    private static Path moveTo(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(file.getFileName());
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

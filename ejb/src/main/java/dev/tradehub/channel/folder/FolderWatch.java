package dev.tradehub.channel.folder;

import dev.tradehub.channel.ChannelStatus;
import dev.tradehub.channel.ChannelStatuses;
import dev.tradehub.channel.FileIntake;
import dev.tradehub.channel.SettledFiles;
import dev.tradehub.delivery.DataFolder;
import dev.tradehub.intake.Receipt;
import dev.tradehub.partner.ChannelSettings;
import dev.tradehub.partner.FilePattern;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watches each partner's inbound folder ({@code channels.folder.inbound}) by looking at it every few seconds (a
 * look works on every file system, network shares included, where change notification does not). A file is taken
 * once it is complete ({@link SettledFiles}), and moved away only after its intake committed: a crash in between
 * leaves it in place, and the next look takes it again as an exact re-send, never as a second document.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FolderWatch {

    static final String CHANNEL = "folder";
    private static final Logger LOG = Logger.getLogger(FolderWatch.class.getName());
    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");
    private static final Duration PROFILES_REFRESH = Duration.ofSeconds(30);

    @EJB
    private PartnerRegistry partners;

    @EJB
    private FileIntake intake;

    @Inject
    @ConfigProperty(name = "tradehub.data-dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "tradehub.folder.poll-ms", defaultValue = "3000")
    long pollMillis;

    /** How long a file's size and time stamp must stay the same before it is taken. */
    @Inject
    @ConfigProperty(name = "tradehub.folder.settle-ms", defaultValue = "2000")
    long settleMillis;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ChannelStatuses statuses;

    private final Map<String, SettledFiles> settled = new HashMap<>();
    private final Map<String, String> lastProblem = new HashMap<>();
    private final Map<String, Standing> standings = new HashMap<>();

    /** How a partner's folder fared since the server started, for {@link ChannelStatuses}. */
    private static final class Standing {
        LocalDateTime lastSuccessAt;
        String lastError;
        LocalDateTime lastErrorAt;
        int consecutiveFailures;
        long filesTaken;
    }
    private Map<String, ChannelSettings.FolderSettings> watched = Map.of();
    private Instant profilesReadAt = Instant.EPOCH;
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(() -> {
            try {
                look();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A look at the inbound folders failed; the next one is in " + pollMillis + " ms", e);
            }
        }, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /** One look at every watched folder. */
    void look() {
        Instant now = Instant.now();
        if (now.isAfter(profilesReadAt.plus(PROFILES_REFRESH))) {
            Map<String, ChannelSettings.FolderSettings> folders = new LinkedHashMap<>();
            for (PartnerProfile profile : partners.list()) {
                ChannelSettings.FolderSettings folder = profile.channelSettings().folder();
                if (profile.isActive() && folder != null && folder.inbound() != null && !folder.inbound().isBlank()) {
                    folders.put(profile.code(), folder);
                }
            }
            watched = folders;
            profilesReadAt = now;
            statuses.retain(CHANNEL, folders.keySet());
        }
        watched.forEach((partner, folder) -> lookAt(partner, folder, now));
    }

    private void lookAt(String partner, ChannelSettings.FolderSettings settings, Instant now) {
        Path inbound = DataFolder.resolve(dataDir, settings.inbound());
        Standing standing = standings.computeIfAbsent(partner, p -> new Standing());
        LocalDateTime lookedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        try {
            takeSettledFiles(partner, settings, inbound, now, standing);
            standing.lastSuccessAt = lookedAt;
            standing.lastError = null;
            standing.consecutiveFailures = 0;
        } catch (IOException e) {
            problem(partner, "cannot read the inbound folder " + inbound + ": " + e);
            standing.lastError = "TRANSPORT: cannot read the inbound folder " + inbound + ": " + e.getMessage();
            standing.lastErrorAt = lookedAt;
            standing.consecutiveFailures++;
        }
        statuses.put(new ChannelStatus(partner, CHANNEL, inbound.toUri().toString(),
                standing.lastError == null ? "OK" : "FAILING", lookedAt, standing.lastSuccessAt, standing.lastError,
                standing.lastErrorAt, standing.consecutiveFailures, lookedAt.plusNanos(pollMillis * 1_000_000),
                standing.filesTaken));
    }

    private void takeSettledFiles(String partner, ChannelSettings.FolderSettings settings, Path inbound, Instant now,
            Standing standing) throws IOException {
        Map<String, SettledFiles.Stamp> listing = new LinkedHashMap<>();
        FilePattern pattern = FilePattern.of(settings.filePattern());
        Files.createDirectories(inbound);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbound)) {
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile() && pattern.matches(file.getFileName().toString())) {
                    listing.put(file.getFileName().toString(),
                            new SettledFiles.Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
                }
            }
        }
        problemSolved(partner, inbound);
        SettledFiles files = settled.computeIfAbsent(partner, p -> new SettledFiles(Duration.ofMillis(settleMillis)));
        for (String name : files.settled(listing, now)) {
            take(partner, settings, inbound, inbound.resolve(name));
            files.taken(name);
            standing.filesTaken++;
        }
    }

    private void take(String partner, ChannelSettings.FolderSettings settings, Path inbound, Path file) {
        Receipt receipt;
        try (InputStream content = Files.newInputStream(file)) {
            receipt = intake.accept(partner, CHANNEL, file.getFileName().toString(), content);
        } catch (IOException e) {
            moveTo(errorFolder(settings, inbound), file, null);
            problem(partner, "cannot read " + file + " (moved to the error folder): " + e);
            return;
        }
        boolean refused = receipt.status() == MessageStatus.FAILED;
        Path target = refused ? errorFolder(settings, inbound) : doneFolder(settings, inbound);
        if (target == null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                problem(partner, "took " + file + " in as message " + receipt.messageId() + " but cannot delete it: " + e);
            }
        } else {
            moveTo(target, file, receipt.messageId());
        }
        LOG.info(() -> "Took " + file + " of " + partner + " in as message " + receipt.messageId() + " ("
                + receipt.status() + (receipt.refusal() == null ? "" : ", " + receipt.refusal()) + ")");
    }

    /** Moves the file into the folder; a name already there gets the message id's start as a suffix. */
    private void moveTo(Path folder, Path file, String messageId) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(file.getFileName());
            if (Files.exists(target)) {
                target = folder.resolve(file.getFileName() + "." + (messageId == null
                        ? Long.toString(System.currentTimeMillis()) : messageId.substring(0, 8)));
            }
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            ALERTS.warning(() -> "alert=FOLDER_MOVE_FAILED file=" + file + " folder=" + folder + " detail=\"" + e + "\"");
        }
    }

    private static Path doneFolder(ChannelSettings.FolderSettings settings, Path inbound) {
        String done = settings.doneFolder();
        if (done == null || done.isBlank()) {
            return inbound.resolve("done");
        }
        return "DELETE".equalsIgnoreCase(done.trim()) ? null : inbound.resolve(done);
    }

    private static Path errorFolder(ChannelSettings.FolderSettings settings, Path inbound) {
        String error = settings.errorFolder();
        return inbound.resolve(error == null || error.isBlank() ? "error" : error);
    }

    private void problem(String partner, String detail) {
        if (!detail.equals(lastProblem.put(partner, detail))) {
            ALERTS.warning(() -> "alert=FOLDER_CHANNEL_FAILED partner=" + partner + " detail=\"" + detail + "\"");
        }
    }

    private void problemSolved(String partner, Path inbound) {
        if (lastProblem.remove(partner) != null) {
            LOG.info(() -> "The inbound folder " + inbound + " of " + partner + " can be read again");
        }
    }
}

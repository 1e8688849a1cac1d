package dev.tradehub.server.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder whose content survives every restart (database, broker journal, transaction log, the emulator's
 * orders, the API token), held by one launcher at a time: a file lock that the operating system releases when the
 * launcher ends in any way, {@code kill -9} included, so a stale lock can never block a start.
 */
final class DataFolder implements AutoCloseable {

    static final String LOCK_FILE = "launcher.lock";
    static final String TOKEN_FILE = "api-token";
    static final String ADMIN_PASSWORD_FILE = "first-admin-password";
    static final String EMULATOR_FOLDER = "odoo-emulator";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the folder if needed and takes it; fails when another launcher holds it. */
    static DataFolder take(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new LaunchFailure("Another TradeHub launcher" + holder + " is using the data folder " + dir
                        + ": stop it first, or give this one its own with -Dtradehub.data-dir=<folder>");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            return new DataFolder(dir, channel, lock);
        } catch (IOException e) {
            throw new LaunchFailure("The data folder " + dir + " cannot be used: " + e.getMessage());
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return pid.isEmpty() ? "" : " (pid " + pid + ")";
    }

    Path dir() {
        return dir;
    }

    Path emulatorDir() {
        return dir.resolve(EMULATOR_FOLDER);
    }

    /** Deletes everything the folder holds but the launcher's lock: a start from empty data, on purpose. */
    void clear() {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().equals(LOCK_FILE)).toList()) {
                deleteTree(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + dir, e);
        }
    }

    /**
     * The API token: the configured one, else the one kept in the folder since the first start (so that scripts
     * keep working across restarts), else a new one, kept from now on.
     */
    KeptSecret apiToken(Optional<String> configured) {
        return kept(TOKEN_FILE, "the API token", configured);
    }

    /**
     * The first portal administrator's password: the configured one, else the one made at the first start (TradeHub
     * uses it only when it has no user at all: once the password is changed in the portal, the kept one is void).
     */
    KeptSecret firstAdminPassword(Optional<String> configured) {
        return kept(ADMIN_PASSWORD_FILE, "the first administrator's password", configured);
    }

    private KeptSecret kept(String name, String what, Optional<String> configured) {
        if (configured.isPresent()) {
            return new KeptSecret(configured.get(), KeptSecret.Origin.CONFIGURED);
        }
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return new KeptSecret(kept, KeptSecret.Origin.KEPT);
                }
            }
            String secret = newToken();
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            ownerOnly(file);
            return new KeptSecret(secret, KeptSecret.Origin.GENERATED);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep " + what + " in " + file, e);
        }
    }

    /** A secret and where it came from. */
    record KeptSecret(String value, Origin origin) {
        enum Origin { CONFIGURED, KEPT, GENERATED }
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions protect it.
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (FileSystemException e) {
                    throw new IOException("Could not delete " + p + ": " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }
}

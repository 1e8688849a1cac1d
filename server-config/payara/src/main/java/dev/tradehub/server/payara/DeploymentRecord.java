package dev.tradehub.server.payara;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * What {@link PayaraServer} put into its domain, as SHA-256 digests by name (an application, the system
 * properties), in a file of the domain's {@code config} folder: how a later start knows, without asking the
 * server, that the domain already runs exactly these archives with these settings. An entry is removed before the
 * change it records begins and written once it succeeded, so an interrupted change never looks finished.
 */
final class DeploymentRecord {

    private final Path file;

    DeploymentRecord(Path file) {
        this.file = file;
    }

    boolean holds(String name, String digest) {
        return digest.equals(read().getProperty(name));
    }

    /** Records {@code digest} under {@code name}; {@code null} removes the entry. */
    void put(String name, String digest) {
        Properties record = read();
        if (digest == null) {
            record.remove(name);
        } else {
            record.setProperty(name, digest);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            record.store(out, "What PayaraServer deployed and applied (SHA-256)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties read() {
        Properties record = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                record.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return record;
    }

    static String digestOf(Path archive) {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(archive)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String digestOf(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

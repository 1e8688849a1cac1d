package dev.tradehub.channel.sftp.mailbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the mailbox keeps each partner's files: {@code <tradehub.data-dir>/mailbox/<partner>/} with {@code in} (the
 * partner writes, TradeHub takes; taken files go to {@code in/done}, unreadable or refused ones to
 * {@code in/error}) and {@code out} (TradeHub writes, the partner fetches and deletes). The partner's SFTP session
 * is rooted at its own folder: it cannot name, let alone reach, anything above it.
 */
public final class MailboxFolders {

    public static final String IN = "in";
    public static final String OUT = "out";
    public static final String DONE = "done";
    public static final String ERROR = "error";

    private MailboxFolders() {
    }

    /** The mailbox's root, in the data folder (else the working directory). */
    public static Path root(Optional<String> dataDir) {
        return Path.of(dataDir.orElse(System.getProperty("user.dir"))).resolve("mailbox").toAbsolutePath().normalize();
    }

    /** The partner's folder, with its {@code in} and {@code out} created. */
    public static Path home(Path root, String partner) throws IOException {
        if (partner == null || !partner.matches("[A-Za-z0-9_.-]{1,64}") || partner.startsWith(".")) {
            throw new IOException("'" + partner + "' cannot name a mailbox folder");
        }
        Path home = root.resolve(partner).normalize();
        if (!home.getParent().equals(root)) {
            throw new IOException("'" + partner + "' cannot name a mailbox folder");
        }
        Files.createDirectories(home.resolve(IN));
        Files.createDirectories(home.resolve(OUT));
        return home;
    }
}

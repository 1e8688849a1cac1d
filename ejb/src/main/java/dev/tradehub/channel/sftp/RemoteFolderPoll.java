package dev.tradehub.channel.sftp;

import dev.tradehub.channel.SettledFiles;
import dev.tradehub.intake.Receipt;
import dev.tradehub.partner.FilePattern;
import dev.tradehub.partner.ChannelSettings.SftpSettings;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * One look at a partner's remote inbound folder: lists it, takes each complete file matching the pattern in
 * ({@link SettledFiles}: temporary names never, others once their size and time stamp held still since the previous
 * look), and only after its intake committed moves it to the done folder (or deletes it when there is none). A file
 * the server will not let us read goes to the error folder, and so does one intake refused at the door (too large,
 * no EDI, X12, EDIFACT, JSON or CSV): its kept FAILED message says why. A crash between the intake and the move
 * leaves the file in place; the next look takes it again, and intake answers the re-read as a duplicate of the first
 * message, so the file is moved then and never processed twice.
 */
final class RemoteFolderPoll {

    private static final Logger ALERTS = Logger.getLogger("dev.tradehub.alerts");

    /** Takes one file in; answers once the document is committed. */
    interface Intake {
        Receipt accept(String fileName, InputStream content) throws IOException;
    }

    /** What one look did. */
    record Outcome(int listed, int taken, int duplicates, int refused, int unreadable, List<String> messageIds) {
    }

    private RemoteFolderPoll() {
    }

    static Outcome poll(String partner, SftpConnector.PartnerSftp remote, SftpSettings settings, SettledFiles settled,
            Intake intake, Instant now) throws IOException {
        SftpClient sftp = remote.sftp();
        String inbound = folder(settings.inboundFolder());
        FilePattern pattern = FilePattern.of(settings.filePattern());
        Map<String, SettledFiles.Stamp> listing = new LinkedHashMap<>();
        for (SftpClient.DirEntry entry : sftp.readDir(inbound.isEmpty() ? "." : inbound)) {
            SftpClient.Attributes attributes = entry.getAttributes();
            if (attributes.isRegularFile() && pattern.matches(entry.getFilename())) {
                listing.put(entry.getFilename(), new SettledFiles.Stamp(attributes.getSize(),
                        attributes.getModifyTime() == null ? 0 : attributes.getModifyTime().toMillis()));
            }
        }
        int taken = 0;
        int duplicates = 0;
        int refused = 0;
        int unreadable = 0;
        List<String> ids = new ArrayList<>();
        for (String name : settled.settled(listing, now)) {
            String path = inbound + name;
            Receipt receipt;
            try (InputStream content = sftp.read(path)) {
                receipt = intake.accept(name, content);
            } catch (SftpException e) {
                // The server answered, so the connection is fine: this file is the problem.
                unreadable++;
                String moved = moveAside(sftp, path, errorFolder(settings), name);
                settled.taken(name);
                ALERTS.warning(() -> "alert=SFTP_FILE_UNREADABLE partner=" + partner + " channel=sftp category=TRANSPORT"
                        + " file=" + remote.target() + path + " detail=\"the server refused to let TradeHub read it ("
                        + e.getMessage() + "); moved to " + moved + "\"");
                continue;
            }
            ids.add(receipt.messageId());
            boolean refusedAtTheDoor = receipt.refusal() != null;
            String target;
            if (refusedAtTheDoor) {
                refused++;
                target = moveAside(sftp, path, errorFolder(settings), name);
                String where = target;
                ALERTS.warning(() -> "alert=SFTP_FILE_REFUSED partner=" + partner + " channel=sftp category=TRANSPORT"
                        + " file=" + remote.target() + path + " message=" + receipt.messageId() + " detail=\"intake"
                        + " refused it (" + receipt.refusal() + "); kept as FAILED, file moved to " + where + "\"");
            } else {
                if (receipt.duplicate()) {
                    duplicates++;
                } else {
                    taken++;
                }
                done(sftp, path, settings, name);
            }
            settled.taken(name);
        }
        return new Outcome(listing.size(), taken, duplicates, refused, unreadable, ids);
    }

    /** Moves the taken file to the done folder, or deletes it when there is none; says where it went. */
    private static String done(SftpClient sftp, String path, SftpSettings settings, String name) throws IOException {
        if (settings.doneFolder() == null || settings.doneFolder().isBlank()) {
            sftp.remove(path);
            return "deleted";
        }
        return moveTo(sftp, path, folder(settings.doneFolder()), name);
    }

    /** Moves a file that could not be taken in to the error folder; says where it went. */
    private static String moveAside(SftpClient sftp, String path, String errorFolder, String name) throws IOException {
        return moveTo(sftp, path, folder(errorFolder), name);
    }

    /** The error folder: the profile's, else {@code error} inside the inbound folder. */
    static String errorFolder(SftpSettings settings) {
        return settings.errorFolder() != null && !settings.errorFolder().isBlank() ? settings.errorFolder()
                : folder(settings.inboundFolder()) + "error";
    }

    /**
     * Renames into the folder (created when missing), under the file's own name, or with a suffix when a file of
     * that name is there already (a partner re-using names): a file that was taken in is never overwritten.
     */
    static String moveTo(SftpClient sftp, String path, String folder, String name) throws IOException {
        ensureFolder(sftp, folder);
        String target = folder + name;
        for (int n = 1; exists(sftp, target); n++) {
            target = folder + name + "." + n;
        }
        sftp.rename(path, target);
        return target;
    }

    static void ensureFolder(SftpClient sftp, String folder) throws IOException {
        String trimmed = folder.endsWith("/") && folder.length() > 1 ? folder.substring(0, folder.length() - 1)
                : folder;
        if (!exists(sftp, trimmed)) {
            sftp.mkdir(trimmed);
        }
    }

    static boolean exists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.lstat(path);
            return true;
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH) {
                return false;
            }
            throw e;
        }
    }

    /** A folder as a prefix: {@code /in} and {@code /in/} both become {@code /in/}; {@code .} or blank the home. */
    static String folder(String folder) {
        if (folder == null || folder.isBlank() || folder.trim().equals(".")) {
            return "";
        }
        String trimmed = folder.trim();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}

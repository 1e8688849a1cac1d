package dev.tradehub.channel.sftp;

import dev.tradehub.delivery.OutboundTransport;
import dev.tradehub.partner.ChannelSettings.SftpSettings;
import dev.tradehub.partner.PartnerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * {@code SFTP}: uploads the document to the partner's server ({@code channels.sftp.outboundFolder}) under a hidden
 * temporary name, then renames it to its final name, so that a partner polling the folder never takes a half
 * written file. The final name depends only on the document, so a retry (after a failed rename, or a crash after
 * the upload) replaces the same file instead of adding a second one.
 */
@ApplicationScoped
public class SftpUploadTransport implements OutboundTransport {

    @Inject
    SftpConnector connector;

    @Override
    public String name() {
        return "SFTP";
    }

    @Override
    public Handover handOver(Parcel parcel, PartnerProfile partner) throws IOException {
        SftpSettings settings = partner.channelSettings().sftp();
        if (settings == null || settings.outboundFolder() == null || settings.outboundFolder().isBlank()) {
            throw new IOException("partner " + partner.code() + " has no channels.sftp.outboundFolder");
        }
        try (SftpConnector.PartnerSftp remote = connector.open(partner.code(), settings)) {
            String path = upload(remote, settings.outboundFolder(), parcel.fileName(), parcel.payload());
            return Handover.delivered("uploaded to " + remote.target() + (path.startsWith("/") ? "" : "/") + path);
        }
    }

    /** Writes the bytes under a temporary name in the folder and renames them to the final name; the final path. */
    static String upload(SftpConnector.PartnerSftp remote, String outboundFolder, String fileName, byte[] payload)
            throws IOException {
        String folder = RemoteFolderPoll.folder(outboundFolder);
        String temporary = folder + "." + fileName + ".part";
        String target = folder + fileName;
        var sftp = remote.sftp();
        try (var out = sftp.write(temporary)) {
            out.write(payload);
        } catch (IOException e) {
            throw new IOException(remote.target() + ": cannot write " + temporary + ": " + e.getMessage(), e);
        }
        try {
            if (RemoteFolderPoll.exists(sftp, target)) {
                // SFTP v3 renames never replace: this is a retry of a delivery that got as far as the rename.
                sftp.remove(target);
            }
            sftp.rename(temporary, target);
        } catch (IOException e) {
            throw new IOException(remote.target() + ": cannot rename " + temporary + " to " + target + ": "
                    + e.getMessage(), e);
        }
        return target;
    }
}

package dev.tradehub.channel.sftp.mailbox;

import dev.tradehub.delivery.FolderDrop;
import dev.tradehub.delivery.OutboundTransport;
import dev.tradehub.partner.PartnerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code SFTP_MAILBOX}: the document is written whole into the {@code out} folder of the partner's account on
 * TradeHub's SFTP server ({@link FolderDrop}: a hidden temporary file, forced to disk, renamed), where the partner
 * fetches it. Its name depends only on the document, so a repeated delivery replaces the file.
 */
@ApplicationScoped
public class MailboxOutboxTransport implements OutboundTransport {

    @Inject
    @ConfigProperty(name = "tradehub.data-dir")
    Optional<String> dataDir;

    @Override
    public String name() {
        return "SFTP_MAILBOX";
    }

    @Override
    public Handover handOver(Parcel parcel, PartnerProfile partner) throws IOException {
        var mailbox = partner.channelSettings().mailbox();
        if (mailbox == null || mailbox.user() == null || mailbox.user().isBlank()) {
            throw new IOException("partner " + partner.code() + " has no mailbox account (channels.mailbox.user)");
        }
        Path out = MailboxFolders.home(MailboxFolders.root(dataDir), partner.code()).resolve(MailboxFolders.OUT);
        FolderDrop.write(out, parcel.fileName(), parcel.payload());
        return Handover.delivered("in the SFTP mailbox of " + mailbox.user().trim() + ": /" + MailboxFolders.OUT + "/"
                + parcel.fileName());
    }
}

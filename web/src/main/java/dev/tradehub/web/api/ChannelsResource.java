package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.channel.ChannelStatus;
import dev.tradehub.channel.ChannelStatuses;
import dev.tradehub.channel.sftp.mailbox.MailboxServer;
import dev.tradehub.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The partners' file channels for the operator: each polled channel's last poll and last error, and the mailbox. */
@Path("channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    /** The answer: one status per partner and channel, and how TradeHub's own SFTP server stands. */
    public record Channels(List<ChannelStatus> items, MailboxServer.State sftpMailbox) {
    }

    @Inject
    private ChannelStatuses statuses;

    @EJB
    private MailboxServer mailbox;

    @GET
    @Operation(summary = "Each partner's polled channels (SFTP, SFTP mailbox): target, state, last poll, last success,"
            + " last error (TRANSPORT: ...), next poll, files taken; and the SFTP mailbox server (port, host key)")
    @Allowed(Role.VIEWER)
    public Channels channels() {
        return new Channels(statuses.all(), mailbox.state());
    }
}

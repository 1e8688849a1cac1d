package dev.tradehub.web.health;

import dev.tradehub.channel.ChannelStatus;
import dev.tradehub.channel.ChannelStatuses;
import dev.tradehub.channel.sftp.mailbox.MailboxServer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The partners' file channels: which partner's SFTP polling fails and why, and whether the SFTP mailbox listens.
 * Always UP: one partner's unreachable server must not take TradeHub out of rotation; the operator reads the
 * reasons here, in {@code GET /api/v1/channels} and in the {@code alert=} lines of the log.
 */
@Readiness
@ApplicationScoped
public class ChannelReadiness implements HealthCheck {

    @Inject
    private ChannelStatuses statuses;

    @EJB
    private MailboxServer mailbox;

    @Override
    public HealthCheckResponse call() {
        List<ChannelStatus> all = statuses.all();
        List<ChannelStatus> failing = all.stream().filter(ChannelStatus::failing).toList();
        MailboxServer.State server = mailbox.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("channels").up()
                .withData("state", failing.isEmpty() && !"DOWN".equals(server.state()) ? "OK" : "FAILING")
                .withData("polled", all.size())
                .withData("failing", failing.size())
                .withData("sftpMailbox", server.state() + (server.port() == null ? "" : " port " + server.port()));
        for (ChannelStatus status : failing) {
            response.withData(status.partner() + "." + status.channel(), status.lastError());
        }
        return response.build();
    }
}

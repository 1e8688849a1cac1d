package dev.tradehub.channel;

import java.time.LocalDateTime;

/**
 * Where one partner's channel stands, for the operator ({@code GET /api/v1/channels}, health): when it last looked
 * for files and what came of it. Times are UTC.
 *
 * @param partner             the partner's code
 * @param channel             the intake's name of the channel ({@code sftp}, {@code sftp-mailbox}, {@code folder})
 * @param target              what is polled, e.g. {@code sftp://edi@sftp.acme.example:22/outbox}
 * @param state               {@code OK}, {@code FAILING} (the last poll failed; retried with backoff) or
 *                            {@code WAITING} (not polled yet)
 * @param lastPollAt          the last poll's start
 * @param lastSuccessAt       the last poll that worked
 * @param lastError           why the last poll failed, categorised ({@code TRANSPORT: ...}); null once it works again
 * @param lastErrorAt         when
 * @param consecutiveFailures failed polls in a row
 * @param nextPollAt          when it is polled next (later while it fails: backoff)
 * @param filesTaken          files taken in since the server started
 */
public record ChannelStatus(String partner, String channel, String target, String state, LocalDateTime lastPollAt,
        LocalDateTime lastSuccessAt, String lastError, LocalDateTime lastErrorAt, int consecutiveFailures,
        LocalDateTime nextPollAt, long filesTaken) {

    public boolean failing() {
        return "FAILING".equals(state);
    }
}

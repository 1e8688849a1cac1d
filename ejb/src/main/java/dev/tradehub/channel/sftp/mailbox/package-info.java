/**
 * The SFTP mailbox: an SSH server embedded in TradeHub ({@code tradehub.sftp.port}) where each partner has an
 * account ({@code channels.mailbox}) rooted at its own folder, puts its documents into {@code in} (taken in once
 * complete) and fetches ours from {@code out} ({@code outbound.transport} {@code SFTP_MAILBOX}).
 * {@code docs/channels-sftp.md}.
 */
package dev.tradehub.channel.sftp.mailbox;

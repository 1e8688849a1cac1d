/**
 * The SFTP channel, client side: TradeHub polls each partner's SFTP server for files ({@link
 * dev.tradehub.channel.sftp.SftpPolling}, {@code channels.sftp.inboundFolder}) and uploads the partner's outbound
 * documents to it ({@link dev.tradehub.channel.sftp.SftpUploadTransport}, {@code outbound.transport} {@code SFTP}).
 * Every connection checks the server's key against the profile's pin ({@link dev.tradehub.channel.sftp.HostKeyPin})
 * before signing in; failures are TRANSPORT problems, alerted and retried with backoff. {@code docs/channels-sftp.md}.
 */
package dev.tradehub.channel.sftp;

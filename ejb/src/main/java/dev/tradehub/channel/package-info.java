/**
 * The channel adapters other than the REST API: each sub-package is one channel, its inbound half (taking a
 * partner's documents in through the one intake: stored first, idempotent, nothing confirmed to the sender before
 * the commit) and its outbound half (an {@link dev.tradehub.delivery.OutboundTransport}). What file channels share
 * (folders, SFTP, the SFTP mailbox) lives here: telling a complete file from one still being written, naming a
 * file's content type, and taking a file in.
 */
package dev.tradehub.channel;

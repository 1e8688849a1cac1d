/**
 * Delivery of outbound documents to partners: the channel {@code tradehub.outbound} (one JMS message per outbound
 * message-log entry, sent in the transaction that wrote it), and the transports until the channels issue adds AS2 and
 * SFTP: the partner's mailbox over the API (the partner lists, fetches and confirms) and the partner's folder (an
 * atomic write: a temporary file, then a rename). A failed delivery is retried with backoff ({@code TRANSPORT}),
 * dead-lettered after the limit, and replayable with the same bytes and control numbers.
 */
package dev.tradehub.delivery;

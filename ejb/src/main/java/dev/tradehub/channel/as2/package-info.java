/**
 * The AS2 channel (RFC 4130), both ways, on as2-lib and BouncyCastle.
 *
 * <p>Inbound ({@link InboundAs2}): a partner's message is recognised by its {@code AS2-From} (the profile's
 * {@code channels.as2.partnerId}) and {@code AS2-To} (our AS2 ID), decrypted with our key, checked against the
 * partner's certificate and decompressed ({@link ReceivedAs2Message}); the document goes through the one intake, and
 * only once it is committed does the partner get its MDN ({@link MdnReport}: the disposition, the MIC of what was
 * received, signed when asked), in the HTTP answer or, asynchronously, posted to the partner
 * ({@link AsyncMdnSender}). What cannot be taken in as sent is kept with its raw bytes and refused with a failure MDN.
 *
 * <p>Outbound ({@link As2Transport}, the {@code AS2} {@link dev.tradehub.delivery.OutboundTransport}): signed,
 * encrypted and optionally compressed by as2-lib's client, with a Message-ID derived from the outbound message's id
 * (the same on every retry). A synchronous MDN settles the delivery at once; an asynchronous one arrives at
 * {@code /as2/mdn} ({@link OutboundMdns}) and is matched by its Original-Message-ID, its MIC checked; one that does
 * not come within the partner's {@code mdnWithinMinutes} fails the delivery, which is retried.
 *
 * <p>{@link As2Exchanges} remembers each exchange's Message-ID, MIC and MDN (table {@code as2_exchange}).
 */
package dev.tradehub.channel.as2;

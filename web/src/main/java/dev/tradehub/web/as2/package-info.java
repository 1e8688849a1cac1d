/**
 * The AS2 channel's HTTP endpoint ({@code POST /as2}, asynchronous MDNs at {@code POST /as2/mdn}): a servlet outside
 * the REST API, because an AS2 sender proves who it is by its AS2 ID and signature, not by a bearer token (the API's
 * authentication and {@code @Allowed} do not apply; the portal's login leaves it alone). Thin: it reads the request
 * and writes the answer of {@link dev.tradehub.channel.as2.InboundAs2} or {@link dev.tradehub.channel.as2.OutboundMdns}.
 */
package dev.tradehub.web.as2;

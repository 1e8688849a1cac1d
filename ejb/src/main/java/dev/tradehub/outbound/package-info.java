/**
 * Outbound interchanges: the documents TradeHub sends to partners (acknowledgements now; order responses, ship
 * notices and invoices later) as segments ({@link dev.tradehub.outbound.OutboundSegment}), enveloped per partner
 * ({@link dev.tradehub.outbound.OutboundEnvelope}: their IDs and ours as they know us, delimiters, version, test
 * indicator) with control numbers from a {@link dev.tradehub.outbound.ControlNumbers} source, and written with
 * StAEDI's writer, which validates the envelope as it writes ({@code .x12}, {@code .edifact}). Knows no JMS, JPA or
 * HTTP.
 */
package dev.tradehub.outbound;

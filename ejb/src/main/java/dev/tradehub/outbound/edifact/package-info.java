/**
 * UN/EDIFACT outbound: the interchange writer (UNA/UNB/UNG/UNH envelopes, control references, the partner's
 * service characters) on StAEDI, and the segments of the documents TradeHub sends in EDIFACT (CONTRL).
 */
package dev.tradehub.outbound.edifact;

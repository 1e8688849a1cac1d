/**
 * X12 outbound: the interchange writer (ISA/GS/ST envelopes, control numbers, the partner's delimiters) on StAEDI,
 * and the segments of the documents TradeHub sends in X12 (997, 999, TA1).
 */
package dev.tradehub.outbound.x12;

/**
 * X12 outbound: the interchange writer (ISA/GS/ST envelopes, control numbers, the partner's delimiters) on StAEDI.
 * What goes inside (997, 999, TA1, later 855/856/810) is written by the capability that owns the document.
 */
package dev.tradehub.outbound.x12;

/**
 * UN/EDIFACT outbound: the interchange writer (UNA/UNB/UNG/UNH envelopes, control references, the partner's
 * service characters) on StAEDI. What goes inside (CONTRL, later ORDRSP/DESADV/INVOIC) is written by the capability
 * that owns the document.
 */
package dev.tradehub.outbound.edifact;

/**
 * ANSI ASC X12: the ISA/GS/ST envelope ({@link dev.tradehub.translation.x12.X12Syntax}, including the
 * fixed-width ISA check) and the 850 purchase order reader ({@link dev.tradehub.translation.x12.X12OrderReader},
 * versions 004010 and 005010) that maps the segments StAEDI streams into a canonical order.
 */
package dev.tradehub.translation.x12;

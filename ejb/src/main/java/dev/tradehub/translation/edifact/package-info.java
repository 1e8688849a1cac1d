/**
 * UN/EDIFACT: the UNA/UNB/UNG/UNH envelope ({@link dev.tradehub.translation.edifact.EdifactSyntax}, syntax
 * UNOA/UNOB/UNOC, versions 3 and 4) and the ORDERS reader ({@link
 * dev.tradehub.translation.edifact.EdifactOrderReader}, directories D96A and D01B) that maps the segments StAEDI
 * streams into a canonical order.
 */
package dev.tradehub.translation.edifact;

/**
 * Ship notices: a delivery validated in Odoo told to the partner ({@link dev.tradehub.canonical.ShipNotice}) in its
 * standard, an X12 856 or an EDIFACT DESADV, as the content of an outbound interchange.
 */
package dev.tradehub.shipnotice;

/**
 * Invoices: a customer invoice or credit note posted in Odoo told to the partner ({@link dev.tradehub.canonical.Invoice})
 * in its standard, an X12 810 or an EDIFACT INVOIC, as the content of an outbound interchange.
 */
package dev.tradehub.invoice;

/**
 * Change capture from Odoo by polling cursors: per followed model a cursor on {@code write_date}, advanced by
 * {@link dev.tradehub.changecapture.ChangeCapture}, which never loses a record to Odoo's whole-second comparisons
 * (transcripts, section 15) and reports each (record, write) once. Knows no JMS, JPA or HTTP: the Odoo calls come in
 * through {@link dev.tradehub.changecapture.ChangeCapture.Source}.
 */
package dev.tradehub.changecapture;

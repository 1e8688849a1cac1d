/**
 * A tiny in-memory ORM with Odoo's semantics: field types and wire formats, domains, ordering,
 * x2many commands, and one undo-logged transaction per call, whose committed changes a listener can hear
 * ({@link dev.tradehub.odoo.emulator.orm.Database#commitListener}, used to keep the database in a folder).
 */
package dev.tradehub.odoo.emulator.orm;

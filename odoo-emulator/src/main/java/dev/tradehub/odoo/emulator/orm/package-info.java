/**
 * A tiny in-memory ORM with Odoo's semantics: field types and wire formats, domains, ordering,
 * x2many commands, and one undo-logged transaction per call.
 */
package dev.tradehub.odoo.emulator.orm;

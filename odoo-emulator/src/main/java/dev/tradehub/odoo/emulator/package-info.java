/**
 * An in-process stand-in for Odoo 19's external API (JSON-2 and JSON-RPC), for tests and the demo.
 * Entry points: {@link dev.tradehub.odoo.emulator.OdooEmulator} (embeddable) and
 * {@link dev.tradehub.odoo.emulator.OdooEmulatorMain} (command line). Fault injection is in
 * {@link dev.tradehub.odoo.emulator.Faults}; keeping the database across restarts in
 * {@link dev.tradehub.odoo.emulator.persistence.DataDir}.
 */
package dev.tradehub.odoo.emulator;

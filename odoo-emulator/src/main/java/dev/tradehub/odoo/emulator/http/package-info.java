/** The wire protocols (JSON-2, JSON-RPC, version routes) and the {@code /emulator} control API. */
package dev.tradehub.odoo.emulator.http;

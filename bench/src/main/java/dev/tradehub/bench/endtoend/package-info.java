/**
 * End to end into Odoo: orders per second from intake to a confirmed sale order in the Odoo emulator set to
 * Odoo's real latencies, through TradeHub and through a naive direct integration (one order after another over
 * JSON-2).
 */
package dev.tradehub.bench.endtoend;

/**
 * What runs once when TradeHub starts: the schema migration, the partner seed, and the connection to Odoo (the
 * bundled emulator when no Odoo is configured).
 */
package dev.tradehub.bootstrap;

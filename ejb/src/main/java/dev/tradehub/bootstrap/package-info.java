/**
 * What runs once when TradeHub starts: the schema migration, the partner seed, and the connection to the
 * configured Odoo (required: there is no default Odoo in the product).
 */
package dev.tradehub.bootstrap;

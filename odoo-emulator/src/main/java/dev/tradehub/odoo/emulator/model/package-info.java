/** The Odoo models TradeHub uses (partners, products, units, sale orders, deliveries) and their business methods. */
package dev.tradehub.odoo.emulator.model;

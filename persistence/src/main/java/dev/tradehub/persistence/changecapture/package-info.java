/** The persisted change-capture cursors: where TradeHub stands in each Odoo model it follows. */
package dev.tradehub.persistence.changecapture;

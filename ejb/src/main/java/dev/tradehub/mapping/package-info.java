/**
 * The message translator from canonical orders to Odoo values: the partner's customer and ship-to address,
 * products by GTIN, by our default code or by the buyer's cross-referenced SKU, and units of measure through
 * the partner's unit codes. Anything missing is a {@code MAPPING} error naming exactly what was looked for.
 */
package dev.tradehub.mapping;

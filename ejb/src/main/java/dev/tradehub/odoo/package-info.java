/**
 * What TradeHub needs from Odoo, in Odoo's words: {@link dev.tradehub.odoo.OdooClient}, and one transport per
 * external API protocol behind it (JSON-2 for Odoo 19+, JSON-RPC for 16-18), on the JDK HttpClient and JSON-P.
 *
 * <p>Knows no JPA and no JMS. Odoo's own error text is carried in {@link dev.tradehub.odoo.OdooException}.
 */
package dev.tradehub.odoo;

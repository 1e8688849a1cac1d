/**
 * What TradeHub needs from Odoo, in Odoo's words: {@link dev.tradehub.odoo.OdooClient}, made by
 * {@link dev.tradehub.odoo.OdooClients#create(dev.tradehub.odoo.OdooSettings)}, and one transport per external API
 * protocol behind it (JSON-2 for Odoo 19+, JSON-RPC for 16-18), on the JDK HttpClient and JSON-P.
 *
 * <p>Knows no JPA and no JMS. Odoo's own error text is carried in {@link dev.tradehub.odoo.OdooException}: TRANSIENT
 * (unreachable, timeout, full concurrency bound, 408/429/502/503/504, other 5xx and JSON-RPC errors that are not
 * business errors), REJECTED (UserError, ValidationError, MissingError, other 4xx, and the ValueError / KeyError /
 * TypeError / AttributeError programming errors), AUTHENTICATION (401, 403, AccessDenied, AccessError).
 *
 * <p>A {@code commitment_date} known only as a date is sent as noon UTC ({@code YYYY-MM-DD 12:00:00}), which shows
 * the same calendar day in every time zone from UTC-11 to UTC+11.
 */
package dev.tradehub.odoo;

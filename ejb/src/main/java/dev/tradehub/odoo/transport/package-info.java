/**
 * What the protocol transports share: the {@link dev.tradehub.odoo.transport.OdooTransport} contract, the one
 * bounded HTTP channel ({@link dev.tradehub.odoo.transport.OdooHttp}), JSON-P plumbing and the mapping of Odoo's
 * errors to {@link dev.tradehub.odoo.OdooException} kinds ({@link dev.tradehub.odoo.transport.OdooErrors}).
 *
 * <p>Internal to the Odoo client: other packages code against {@link dev.tradehub.odoo.OdooClient}.
 */
package dev.tradehub.odoo.transport;

/**
 * Who may call the API. Every {@code /api/v1} call carries {@code Authorization: Bearer <token>}: a token issued by
 * the registry (a role or one partner's scope) or the configured compatibility token (ADMIN). Authentication sets
 * the request's {@link dev.tradehub.access.Caller}; authorization checks each resource method's {@link
 * dev.tradehub.web.security.Allowed} (a method without one is refused); registry tokens are rate limited. Odoo's
 * webhook is the one exception: it carries a shared secret instead.
 */
package dev.tradehub.web.security;

/**
 * Who may call the API: every {@code /api/v1} call carries {@code Authorization: Bearer <token>}. The token comes
 * from {@code tradehub.api.token}; without one, a random token is made at start and written to the log once.
 * Roles and partner-scoped tokens come later.
 */
package dev.tradehub.web.security;

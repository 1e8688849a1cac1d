/**
 * Who may do what: portal users (PBKDF2 passwords, throttled sign-in), API tokens (hashed, scoped to a role or one
 * partner, rotated with a grace period, revoked at once), the {@link dev.tradehub.access.Caller} every request is
 * made by, and the append-only {@link dev.tradehub.access.AuditTrail} of every change. HTTP knows nothing of this
 * package's storage: the web module authenticates through it and asks it what a caller may do.
 */
package dev.tradehub.access;

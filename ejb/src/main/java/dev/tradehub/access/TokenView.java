package dev.tradehub.access;

import java.time.LocalDateTime;

/**
 * An API token as administrators see it: never its secret, only the prefix that tells it apart. Times are UTC.
 *
 * @param role the token's role, or null for a partner-scoped token
 * @param partnerCode the partner a partner-scoped token sends and reads as, or null
 * @param replacedBy the token that replaced this one in a rotation, or null
 */
public record TokenView(long id, String prefix, String owner, Role role, String partnerCode, LocalDateTime createdAt,
        String createdBy, LocalDateTime expiresAt, LocalDateTime lastUsedAt, LocalDateTime revokedAt,
        Long replacedBy) {

    /** Whether the token is accepted at {@code now}. */
    public boolean activeAt(LocalDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}

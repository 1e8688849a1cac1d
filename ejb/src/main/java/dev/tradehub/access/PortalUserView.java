package dev.tradehub.access;

import java.time.LocalDateTime;

/** A portal user as administrators see it (never the password hash). Times are UTC. */
public record PortalUserView(String username, Role role, boolean enabled, LocalDateTime createdAt,
        LocalDateTime passwordSetAt, LocalDateTime lastLoginAt, LocalDateTime lockedUntil) {
}

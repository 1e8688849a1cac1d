package dev.tradehub.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The authenticated party behind a request: either a role (a portal user, an internal system's token) or one
 * trading partner (a partner-scoped token), never both. A partner may act only for itself.
 *
 * @param name who, for the audit log (username or {@code token:<prefix>})
 * @param role the role, or null for a partner-scoped caller
 * @param partnerCode the partner a partner-scoped caller is, or null
 */
public record Caller(String name, Role role, String partnerCode) {

    public Caller {
        Objects.requireNonNull(name, "name");
        if ((role == null) == (partnerCode == null)) {
            throw new IllegalArgumentException("A caller has a role or a partner scope, exactly one");
        }
    }

    public static Caller withRole(String name, Role role) {
        return new Caller(name, Objects.requireNonNull(role, "role"), null);
    }

    public static Caller forPartner(String name, String partnerCode) {
        return new Caller(name, null, Objects.requireNonNull(partnerCode, "partnerCode"));
    }

    /** Whether this caller holds {@code required} (a partner-scoped caller holds no role). */
    public boolean has(Role required) {
        return role != null && role.includes(required);
    }

    /** The partner this caller is confined to, if any. */
    public Optional<String> partner() {
        return Optional.ofNullable(partnerCode);
    }

    /** Whether this caller may see or send documents of {@code partner}: its own partner, or any with a role. */
    public boolean mayActFor(String partner) {
        return partnerCode == null || partnerCode.equals(partner);
    }

    public Actor actor(String address) {
        return new Actor(name, address);
    }
}

package dev.tradehub.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a person or an internal system may do; each role includes every role below it. */
public enum Role {
    /** Reads everything, changes nothing. */
    VIEWER,
    /** Searches, views, replays and resolves messages. */
    OPERATOR,
    /** Onboards partners and keeps their cross-references and mappings; replays. */
    ENGINEER,
    /** Users, tokens, settings: everything. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role it includes. */
    public Set<Role> included() {
        return EnumSet.range(VIEWER, this);
    }

    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

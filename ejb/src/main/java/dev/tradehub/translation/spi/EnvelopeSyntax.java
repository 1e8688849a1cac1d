package dev.tradehub.translation.spi;

import java.util.HashMap;
import java.util.Map;

/**
 * The part of {@link StandardSyntax} that is only a table: which tag plays which envelope role and which
 * header element holds each level's control number. Standards pass their tags; stateless and thread-safe.
 */
public abstract class EnvelopeSyntax implements StandardSyntax {

    private final Map<String, Role> roles = new HashMap<>();
    private final String[] trailers = new String[Level.values().length];
    private final String[] controlElements = new String[Level.values().length];

    /**
     * @param service         the service string advice tag (UNA), or null when the standard has none
     * @param headers         the header tags by level: transaction, group, interchange (ST, GS, ISA)
     * @param trailerTags     the trailer tags by level: transaction, group, interchange (SE, GE, IEA)
     * @param controls        the control number elements by level, as operators name them (ST02, GS06, ISA13)
     */
    protected EnvelopeSyntax(String service, String[] headers, String[] trailerTags, String[] controls) {
        if (service != null) {
            roles.put(service, Role.SERVICE);
        }
        Role[] headerRoles = {Role.TRANSACTION_HEADER, Role.GROUP_HEADER, Role.INTERCHANGE_HEADER};
        Role[] trailerRoles = {Role.TRANSACTION_TRAILER, Role.GROUP_TRAILER, Role.INTERCHANGE_TRAILER};
        for (Level level : Level.values()) {
            int i = level.ordinal();
            roles.put(headers[i], headerRoles[i]);
            roles.put(trailerTags[i], trailerRoles[i]);
            trailers[i] = trailerTags[i];
            controlElements[i] = controls[i];
        }
    }

    @Override
    public final Role role(String tag) {
        Role role = tag == null ? null : roles.get(tag);
        return role == null ? Role.BODY : role;
    }

    @Override
    public final String trailerTag(Level level) {
        return trailers[level.ordinal()];
    }

    @Override
    public final Level trailerLevel(String tag) {
        return switch (role(tag)) {
            case TRANSACTION_TRAILER -> Level.TRANSACTION;
            case GROUP_TRAILER -> Level.GROUP;
            case INTERCHANGE_TRAILER -> Level.INTERCHANGE;
            default -> null;
        };
    }

    @Override
    public final String controlElement(Level level) {
        return controlElements[level.ordinal()];
    }
}

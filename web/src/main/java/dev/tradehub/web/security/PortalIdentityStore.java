package dev.tradehub.web.security;

import dev.tradehub.access.Actor;
import dev.tradehub.access.PortalUsers;
import dev.tradehub.access.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal users' identity store: {@link PortalUsers} checks the password (hash, lock-out after failures, the
 * audit entry); the groups are the user's role and every role it includes, so that a constraint or check for
 * OPERATOR also admits an ENGINEER and an ADMIN.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    private PortalUsers users;

    @Inject
    private HttpServletRequest request;

    /** Called by the container with the login page's credential; the request is the login's. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Actor from = new Actor(credential.getCaller(), request.getRemoteAddr());
        return users.authenticate(credential.getCaller(), credential.getPasswordAsString(), from)
                .map(role -> new CredentialValidationResult(credential.getCaller(), groupsOf(role)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static Set<String> groupsOf(Role role) {
        return role.included().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}

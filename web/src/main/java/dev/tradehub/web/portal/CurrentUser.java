package dev.tradehub.web.portal;

import dev.tradehub.access.Actor;
import dev.tradehub.access.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Comparator;
import org.omnifaces.util.Messages;

/**
 * The signed-in portal user: who, with which role, and what that role permits. Pages use it to show only what a
 * role can use; every action asks {@link #permits} again on the server, because a page is only a suggestion.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    public String getName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The user's role: the highest one the container gave it (the identity store gives every included role). */
    public Role getRole() {
        return Arrays.stream(Role.values()).filter(role -> security.isCallerInRole(role.name()))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    public boolean has(Role role) {
        return security.isCallerInRole(role.name());
    }

    public boolean isOperator() {
        return has(Role.OPERATOR);
    }

    public boolean isEngineer() {
        return has(Role.ENGINEER);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /**
     * Whether the user's role permits what an action is about to do; when not, the page says so and the action
     * must stop. {@code what} completes "Your role ... may not ...".
     */
    public boolean permits(Role required, String what) {
        if (has(required)) {
            return true;
        }
        Role role = getRole();
        Messages.addGlobalError("Your role {0} may not {1}: that takes {2} or above.",
                role == null ? "(none)" : role.name(), what, required.name());
        return false;
    }

    /** The user as the audit log records it: name and address. */
    public Actor actor() {
        return new Actor(getName(), request.getRemoteAddr());
    }
}

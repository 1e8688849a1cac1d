package dev.tradehub.web.security;

import dev.tradehub.access.Actor;
import dev.tradehub.access.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The authenticated API caller as JAX-RS's {@link SecurityContext} carries it. */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.name();
    }

    /** The caller of the current request (authentication ran before any resource). */
    public static Caller of(SecurityContext context) {
        if (context.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new IllegalStateException("The request was not authenticated by ApiAuthentication");
    }

    /** The caller and its address, as the audit log records who changed something. */
    public static Actor actor(SecurityContext context, HttpServletRequest request) {
        return of(context).actor(request.getRemoteAddr());
    }
}

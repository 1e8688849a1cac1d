package dev.tradehub.web.security;

import dev.tradehub.access.ApiTokenRegistry;
import dev.tradehub.access.Caller;
import dev.tradehub.access.Role;
import dev.tradehub.web.api.ApiError;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;

/**
 * Refuses every API call without a working bearer token (401), before any resource runs, and tells the rest of
 * the request who is calling. A registry token is also held to its rate limit (429).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    private static final String SCHEME = "bearer ";
    static final String CONFIGURED_TOKEN_CALLER = "configured-token";

    @Inject
    private ConfiguredApiToken configuredToken;

    @EJB
    private ApiTokenRegistry registry;

    @Inject
    private RateLimits rateLimits;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(OdooWebhook.class)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.length() > SCHEME.length()
                && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
        Optional<Caller> caller = bearer ? callerOf(authorization.substring(SCHEME.length()).trim()) : Optional.empty();
        if (caller.isEmpty()) {
            Response refusal = ApiError.response(Response.Status.UNAUTHORIZED, "UNAUTHORIZED",
                    bearer ? "The bearer token is not valid (unknown, expired or revoked)"
                            : "Send Authorization: Bearer <token>");
            request.abortWith(Response.fromResponse(refusal)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tradehub\"").build());
            return;
        }
        if (!CONFIGURED_TOKEN_CALLER.equals(caller.get().name())) {
            long waitNanos = rateLimits.take(caller.get().name());
            if (waitNanos > 0) {
                long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
                request.abortWith(Response.fromResponse(ApiError.response(Response.Status.TOO_MANY_REQUESTS,
                                "RATE_LIMITED", "Too many requests with this token; retry in " + seconds + " s"))
                        .header(HttpHeaders.RETRY_AFTER, seconds).build());
                return;
            }
        }
        request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext().isSecure()));
    }

    private Optional<Caller> callerOf(String presented) {
        if (configuredToken.accepts(presented)) {
            return Optional.of(Caller.withRole(CONFIGURED_TOKEN_CALLER, Role.ADMIN));
        }
        return registry.authenticate(presented);
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return new CallerPrincipal(caller);
        }

        @Override
        public boolean isUserInRole(String role) {
            return Role.named(role).map(caller::has).orElse(false);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}

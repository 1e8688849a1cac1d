package dev.tradehub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's form login, the way {@code @CustomFormAuthenticationMechanismDefinition} does it (the login page
 * submits through {@code SecurityContext.authenticate}; an unauthenticated request for a protected page is sent to
 * the login page and back afterwards; the caller is kept in the session), with one difference: the REST API,
 * health and metrics are left alone. They have their own bearer tokens, and a portal session must not become a
 * way into them, nor a missing one a redirect to a login page an API client cannot use.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (outsideThePortal(request.getRequestURI().substring(request.getContextPath().length()))) {
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }

    /** The paths of the API, the health checks and the metrics, which the portal's login never touches. */
    static boolean outsideThePortal(String path) {
        for (String root : new String[] {"/api", "/health", "/metrics", "/openapi"}) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }
}

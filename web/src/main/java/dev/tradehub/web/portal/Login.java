package dev.tradehub.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Messages;

/**
 * The login page's form: hands the credential to the container ({@link SecurityContext#authenticate}), which asks
 * the portal's authentication mechanism and identity store. Nothing here checks a password.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            // Signing in as somebody else: the first user is signed out whatever the outcome.
            request.logout();
        }
        // A new session id before the user is known in the session: a session id planted before the login (session
        // fixation) is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            // The mechanism has sent the browser back to the page it asked for before the login.
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            default -> Messages.addGlobalError("Wrong username or password, or the account is disabled or locked"
                    + " for a while after failed attempts.");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package dev.tradehub.web.portal;

import dev.tradehub.access.PortalUsers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signs the user out (audited): the container forgets the caller and the session (its views and their tokens) is
 * gone.
 */
@Named
@RequestScoped
public class Logout {

    @Inject
    private FacesContext faces;

    @Inject
    private CurrentUser user;

    @EJB
    private PortalUsers users;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        if (user.getName() != null) {
            users.signedOut(user.actor());
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}

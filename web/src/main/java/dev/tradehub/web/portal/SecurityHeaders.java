package dev.tradehub.web.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every response (pages, API, health, static resources): no framing, no content-type
 * sniffing, no Referer to other sites, and a Content-Security-Policy. Pages rendered by JSF get theirs from
 * PrimeFaces instead ({@code primefaces.CSP_POLICY} in web.xml, the same policy with the page's script nonce):
 * two policies would both apply, and this one, knowing no nonce, would block the page's own scripts.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy of everything JSF does not render: nothing may run a script, load from elsewhere or frame us. */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // same-origin: JSF's protected views compare the Referer with the portal, and other sites learn nothing.
        response.setHeader("Referrer-Policy", "same-origin");
        if (!renderedByJsf(request)) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        chain.doFilter(request, response);
    }

    /** A page (not a resource such as a script or a style sheet) that the FacesServlet renders. */
    static boolean renderedByJsf(HttpServletRequest request) {
        String path = request.getServletPath();
        return (path.endsWith(".xhtml") || path.isEmpty() || path.equals("/"))
                && !path.startsWith("/jakarta.faces.resource/");
    }
}

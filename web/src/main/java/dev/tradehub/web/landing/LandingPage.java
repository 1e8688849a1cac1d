package dev.tradehub.web.landing;

import dev.tradehub.bootstrap.Installation;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /}: a small page of facts and links, without a token (it shows no document, only counts). Thin: the
 * facts come from {@link Installation}, {@link OdooConnection} and {@link MessageLog}.
 */
@WebServlet(urlPatterns = "")
public class LandingPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Installation installation;

    @Inject
    private transient OdooConnection odoo;

    @EJB
    private transient MessageLog messageLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Installation.Facts facts = installation.facts();
        OdooConnection.Probe probe = odoo.probe();
        Map<MessageStatus, Long> received = messageLog.countsByStatus(Direction.INBOUND);
        Map<MessageStatus, Long> sent = messageLog.countsByStatus(Direction.OUTBOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(LandingHtml.render(facts, odoo.url().toString(), odoo.description(),
                odoo.isEmulator(), probe, received, sent));
    }
}

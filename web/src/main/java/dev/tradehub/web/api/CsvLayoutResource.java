package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.partner.CsvLayoutSettings;
import dev.tradehub.partner.CsvLayouts;
import dev.tradehub.partner.InvalidPartnerSettings;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.CallerPrincipal;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How a partner's CSV order batches name their columns ({@code text/csv} documents are read in it). */
@Path("partners/{code}/csv-layout")
@Produces(MediaType.APPLICATION_JSON)
public class CsvLayoutResource {

    @EJB
    private CsvLayouts layouts;

    @EJB
    private PartnerRegistry partners;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    @Allowed(Role.VIEWER)
    @Operation(summary = "The partner's CSV layout (the standard one when none was set)")
    public Response get(@PathParam("code") String code) {
        if (partners.find(code).isEmpty()) {
            return ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No partner " + code);
        }
        return Response.ok(layouts.settingsOf(code)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ENGINEER)
    @Operation(summary = "Set the partner's CSV layout: delimiter, decimalComma, datePattern, and the header of each"
            + " canonical field's column")
    public CsvLayoutSettings put(@PathParam("code") String code, CsvLayoutSettings settings) {
        if (settings == null) {
            throw new InvalidPartnerSettings("Send {\"delimiter\": \";\", \"decimalComma\": true, \"datePattern\":"
                    + " \"dd.MM.yyyy\", \"columns\": {\"poNumber\": \"Order no\", ...}}");
        }
        return layouts.save(code, settings, CallerPrincipal.actor(security, request));
    }
}

package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerProfileRules;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The partner registry over HTTP: onboarding a partner is a PUT of its profile. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @EJB
    private PartnerRegistry registry;

    @GET
    @Operation(summary = "All partner profiles")
    @Allowed(Role.VIEWER)
    public List<PartnerProfile> list() {
        return registry.list();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A partner profile")
    @Allowed(Role.VIEWER)
    public Response get(@PathParam("code") String code) {
        return registry.find(code).map(profile -> Response.ok(profile).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No partner " + code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a partner profile (IDs, standard, versions, Odoo customer,"
            + " item cross-references, unit codes)")
    @Allowed(Role.ENGINEER)
    public Response put(@PathParam("code") String code, PartnerProfile profile) {
        List<String> problems = PartnerProfileRules.problems(code, profile);
        if (!problems.isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_PARTNER", String.join("; ", problems));
        }
        boolean created = registry.find(code).isEmpty();
        PartnerProfile stored = registry.save(PartnerProfileRules.withCode(code, profile), CallerPrincipal.actor(security, request));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(stored).build();
    }
}

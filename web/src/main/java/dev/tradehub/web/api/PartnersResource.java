package dev.tradehub.web.api;

import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerProfileRules;
import dev.tradehub.partner.PartnerRegistry;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The partner registry over HTTP: onboarding a partner is a PUT of its profile. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @EJB
    private PartnerRegistry registry;

    @GET
    @Operation(summary = "All partner profiles")
    public List<PartnerProfile> list() {
        return registry.list();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A partner profile")
    public Response get(@PathParam("code") String code) {
        return registry.find(code).map(profile -> Response.ok(profile).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No partner " + code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a partner profile (IDs, standard, versions, Odoo customer,"
            + " item cross-references, unit codes)")
    public Response put(@PathParam("code") String code, PartnerProfile profile) {
        List<String> problems = PartnerProfileRules.problems(code, profile);
        if (!problems.isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_PARTNER", String.join("; ", problems));
        }
        boolean created = registry.find(code).isEmpty();
        PartnerProfile stored = registry.save(PartnerProfileRules.withCode(code, profile));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(stored).build();
    }

}

package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.partner.PartnerProfile;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The partner registry over HTTP: onboarding a partner is a PUT of its profile. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    private static final Set<String> STANDARDS = Set.of("X12", "EDIFACT");

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
        List<String> problems = validate(code, profile);
        if (!problems.isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_PARTNER", String.join("; ", problems));
        }
        boolean created = registry.find(code).isEmpty();
        PartnerProfile stored = registry.save(withCode(code, profile), CallerPrincipal.actor(security, request));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(stored).build();
    }

    private static List<String> validate(String code, PartnerProfile profile) {
        List<String> problems = new ArrayList<>();
        if (profile == null) {
            return List.of("the body must be a partner profile (JSON)");
        }
        if (!code.matches("[A-Za-z0-9_.-]{1,64}")) {
            problems.add("code must be 1 to 64 letters, digits, '_', '.' or '-'");
        }
        if (profile.code() != null && !profile.code().equals(code)) {
            problems.add("the body's code '" + profile.code() + "' differs from the path's '" + code + "'");
        }
        if (profile.name() == null || profile.name().isBlank()) {
            problems.add("name is required");
        }
        if (profile.standard() == null || !STANDARDS.contains(profile.standard().toUpperCase(Locale.ROOT))) {
            problems.add("standard must be X12 or EDIFACT");
        }
        if (profile.interchangeIds().isEmpty()) {
            problems.add("interchangeIds needs at least one {qualifier, id}: the sender ID of the partner's envelopes");
        }
        for (PartnerProfile.EnvelopeId id : concat(profile.interchangeIds(), profile.groupIds(), profile.ourIds())) {
            if (id == null || id.id() == null || id.id().isBlank()) {
                problems.add("every envelope ID needs an id");
            }
        }
        for (PartnerProfile.ItemReference reference : profile.itemCrossReferences()) {
            if (reference.buyerSku() == null || reference.buyerSku().isBlank()
                    || (blank(reference.vendorSku()) && blank(reference.gtin()))) {
                problems.add("every item cross-reference needs a buyerSku and a vendorSku or gtin");
            }
        }
        if (profile.maxAttempts() != null && (profile.maxAttempts() < 1 || profile.maxAttempts() > 100)) {
            problems.add("maxAttempts must be between 1 and 100");
        }
        problems.addAll(profile.settingsProblems());
        profile.unitsOfMeasure().forEach((unit, odooName) -> {
            if (unit.isBlank() || odooName == null || odooName.isBlank()) {
                problems.add("unitsOfMeasure maps a partner code to an Odoo unit name; '" + unit + "' does not");
            }
        });
        return problems;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static PartnerProfile withCode(String code, PartnerProfile p) {
        return new PartnerProfile(code, p.name(), p.standard(), p.versions(), p.odooCustomerRef(), p.active(),
                p.interchangeIds(), p.groupIds(), p.ourIds(), p.itemCrossReferences(), p.unitsOfMeasure(),
                p.maxAttempts(), p.mode(), p.acknowledgements(), p.outbound(), p.documents(), p.shipTo());
    }
}

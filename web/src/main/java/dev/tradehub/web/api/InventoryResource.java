package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.inventory.InventoryReports;
import dev.tradehub.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The partners' inventory advice (846, INVRPT) as stored: each reported quantity with its report. */
@Path("inventory")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
public class InventoryResource {


    @EJB
    private InventoryReports reports;

    @GET
    @Operation(summary = "Reported quantities, newest report first, by partner, item (GTIN, our code or the"
            + " partner's) and location")
    public Response search(@QueryParam("partner") String partner, @QueryParam("item") String item,
            @QueryParam("location") String location, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        Optional<Response> invalid = Paging.invalid(page, size);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        List<InventoryReports.ReportedQuantity> items = reports.search(Paging.blankToNull(partner), Paging.blankToNull(item),
                Paging.blankToNull(location), page, size);
        return Response.ok(new Page(items, page, size)).build();
    }


    /** A page of reported quantities. */
    public record Page(List<InventoryReports.ReportedQuantity> items, int page, int size) {
    }
}

package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.lifecycle.OrderTimeline;
import dev.tradehub.lifecycle.OrderTimelines;
import dev.tradehub.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One timeline per purchase order: everything that happened to it across documents and Odoo. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
public class OrdersResource {


    @EJB
    private OrderTimelines timelines;

    @GET
    @Operation(summary = "Orders by partner and PO number (either may be left out), most recent first, each with its"
            + " timeline")
    public Response list(@QueryParam("partner") String partner, @QueryParam("poNumber") String poNumber,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Optional<Response> invalid = Paging.invalid(page, size);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        List<OrderTimeline> items = timelines.search(Paging.blankToNull(partner), Paging.blankToNull(poNumber), page, size);
        return Response.ok(new Page(items, page, size)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order's timeline")
    public Response get(@PathParam("id") long id) {
        return timelines.get(id).map(timeline -> Response.ok(timeline).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No order " + id));
    }


    /** A page of timelines. */
    public record Page(List<OrderTimeline> items, int page, int size) {
    }
}

package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.messagelog.MessagePage;
import dev.tradehub.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The outbound documents by what their partners acknowledged of them: {@code ?state=OVERDUE} lists those whose
 * acknowledgement did not come in time, {@code ?state=REJECTED} those the partner rejected. A view of the message
 * log (the same search, outbound only).
 */
@Path("acknowledgements")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
public class AcknowledgementsResource {


    @EJB
    private MessageLog messageLog;

    @GET
    @Operation(summary = "Outbound documents by acknowledgement state (AWAITING_ACK, ACCEPTED, ACCEPTED_WITH_ERRORS,"
            + " REJECTED, OVERDUE), newest first")
    public Response list(@QueryParam("state") String state, @BeanParam MessageFilter filter,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Optional<Response> invalid = Paging.invalid(page, size);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return filter.toAcknowledgementQuery(state, page, size).map(query -> {
            MessagePage result = messageLog.search(query);
            JsonArrayBuilder items = JsonBodies.array();
            result.items().forEach(item -> items.add(MessagesResource.json(item)));
            return Response.ok(JsonBodies.object().add("items", items).add("total", result.total())
                    .add("page", result.page()).add("size", result.size()).build()).build();
        }).orElseGet(filter::invalid);
    }
}

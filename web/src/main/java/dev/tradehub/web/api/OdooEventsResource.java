package dev.tradehub.web.api;

import dev.tradehub.changecapture.FollowedModel;
import dev.tradehub.changecapture.polling.ChangeCaptureSchedule;
import dev.tradehub.web.security.OdooWebhook;
import dev.tradehub.web.security.WebhookSecret;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where Odoo's automation-rule webhooks land ({@code POST /api/v1/odoo/events?secret=...}): a hint that a followed
 * model changed, which brings its next poll forward. Never a source of truth: Odoo sends a webhook once, with a 1 s
 * timeout and no retry (transcripts, section 10), so the polls alone must be, and are, enough. Answers at once.
 */
@Path("odoo/events")
@OdooWebhook
public class OdooEventsResource {

    @EJB
    private ChangeCaptureSchedule schedule;

    @Inject
    private WebhookSecret secret;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A webhook of an Odoo automation rule: {\"_model\": \"sale.order\", \"_id\": 34, ...}")
    public Response event(@QueryParam("secret") String presented, String body) {
        if (!secret.accepts(presented)) {
            return ApiError.response(Response.Status.UNAUTHORIZED, "UNAUTHORIZED", secret.isConfigured()
                    ? "The webhook secret is not valid" : "Webhooks are off: set tradehub.odoo.webhook-secret");
        }
        Optional<FollowedModel> model = modelOf(body).flatMap(FollowedModel::of);
        if (model.isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "NOT_FOLLOWED",
                    "The event names no model TradeHub follows (_model: sale.order, stock.picking or account.move)");
        }
        schedule.hint(model.get());
        return Response.accepted(JsonBodies.object().add("polling", model.get().odooModel()).build()).build();
    }

    private static Optional<String> modelOf(String body) {
        try (var reader = JsonBodies.reader(body)) {
            JsonObject event = reader.readObject();
            return event.get("_model") instanceof JsonString model ? Optional.of(model.getString()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.changecapture.FollowedModel;
import dev.tradehub.changecapture.polling.ChangeCaptureSchedule;
import dev.tradehub.changecapture.polling.WebhookRules;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.CallerPrincipal;
import dev.tradehub.web.security.WebhookSecret;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Change capture for the operator: where each followed model's polling stands, and a poll on demand. */
@Path("change-capture")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeCaptureResource {

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @EJB
    private ChangeCaptureSchedule schedule;

    @EJB
    private WebhookRules webhooks;

    @Inject
    private WebhookSecret secret;

    @GET
    @Operation(summary = "Each followed Odoo model: interval, last poll and its outcome (watermark, changes), last error")
    @Allowed(Role.VIEWER)
    public List<ChangeCaptureSchedule.Status> statuses() {
        return Arrays.stream(FollowedModel.values()).map(schedule.statuses()::get).toList();
    }

    @POST
    @Path("webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installs in Odoo the automation rules whose webhooks bring polls forward: {\"url\":"
            + " \"https://tradehub.example.com/api/v1/odoo/events\"} (TradeHub adds its webhook secret)")
    @Allowed(Role.ADMIN)
    public Response installWebhooks(String body) {
        String url;
        try (var reader = JsonBodies.reader(body == null || body.isBlank() ? "{}" : body)) {
            url = reader.readObject().getString("url", null);
        } catch (RuntimeException e) {
            url = null;
        }
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_BODY",
                    "Send {\"url\": \"<TradeHub's address as Odoo reaches it>/api/v1/odoo/events\"}");
        }
        if (!secret.isConfigured()) {
            return ApiError.response(Response.Status.CONFLICT, "WEBHOOKS_OFF",
                    "Set tradehub.odoo.webhook-secret first: TradeHub refuses webhooks without it");
        }
        WebhookRules.Installation installed = webhooks.install(url + (url.contains("?") ? "&" : "?") + "secret="
                + secret.urlEncoded(), CallerPrincipal.actor(security, request));
        return Response.ok(installed).build();
    }

    @POST
    @Path("{model}/poll")
    @Operation(summary = "Polls one followed model now (sale.order, stock.picking or account.move) and says what it"
            + " found")
    @Allowed(Role.OPERATOR)
    public Response pollNow(@PathParam("model") String model) {
        Optional<FollowedModel> followed = FollowedModel.of(model);
        if (followed.isEmpty()) {
            return ApiError.response(Response.Status.NOT_FOUND, "NOT_FOLLOWED", "TradeHub does not follow " + model);
        }
        return schedule.pollNow(followed.get()).map(outcome -> Response.ok(outcome).build())
                .orElseGet(() -> Response.accepted(JsonBodies.object().add("polling", model)
                        .add("detail", "a poll of " + model + " is under way or failed: see GET /api/v1/change-capture")
                        .build()).build());
    }
}

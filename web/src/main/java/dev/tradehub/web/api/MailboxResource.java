package dev.tradehub.web.api;

import dev.tradehub.access.Role;
import dev.tradehub.delivery.Mailbox;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.CallerPrincipal;
import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A partner's mailbox over HTTP: what waits for the partner (its acknowledgements and, later, its order responses,
 * ship notices and invoices), each document's bytes, and the confirmation of receipt that ends its delivery.
 */
@Path("partners/{code}/mailbox")
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {

    private static final int MAX_LIMIT = 500;

    @EJB
    private Mailbox mailbox;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "The partner's outbound documents waiting to be fetched, oldest first")
    @Allowed(value = Role.VIEWER, partnerScoped = true)
    public Response pending(@PathParam("code") String code, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (!mayRead(code)) {
            return ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No mailbox of partner " + code);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_QUERY", "limit must be between 1 and " + MAX_LIMIT);
        }
        JsonArrayBuilder items = JsonBodies.array();
        for (Mailbox.Entry entry : mailbox.pending(code, limit)) {
            String self = "/api/v1/partners/" + code + "/mailbox/" + entry.id();
            var item = JsonBodies.object().add("id", entry.id())
                    .add("createdAt", entry.createdAt().atOffset(ZoneOffset.UTC).toString())
                    .add("docType", entry.docType()).add("standard", entry.standard())
                    .add("interchangeControl", entry.interchangeControl()).add("size", entry.size());
            if (entry.answers() != null) {
                item.add("answers", entry.answers());
            }
            items.add(item.add("links", JsonBodies.object().add("payload", self).add("receipt", self + "/receipt")
                    .add("message", "/api/v1/messages/" + entry.id())));
        }
        return Response.ok(JsonBodies.object().add("partner", code).add("items", items).build()).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The bytes of one document of the mailbox (fetching does not confirm its receipt)")
    @Allowed(value = Role.VIEWER, partnerScoped = true)
    public Response fetch(@PathParam("code") String code, @PathParam("id") String id) {
        if (!mayRead(code)) {
            return notFound(code, id);
        }
        return mailbox.fetch(code, id)
                .map(document -> Response.ok(document.bytes(), document.contentType())
                        .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build())
                .orElseGet(() -> notFound(code, id));
    }

    @POST
    @Path("{id}/receipt")
    @Operation(summary = "Confirm the receipt of a document: it leaves the mailbox and becomes DELIVERED")
    @Allowed(value = Role.OPERATOR, partnerScoped = true)
    public Response confirm(@PathParam("code") String code, @PathParam("id") String id) {
        if (!mayRead(code)) {
            return notFound(code, id);
        }
        return switch (mailbox.confirm(code, id)) {
            case CONFIRMED, ALREADY_CONFIRMED -> Response.ok(JsonBodies.object().add("id", id)
                    .add("delivery", "DELIVERED").build()).build();
            case NOT_FOUND -> notFound(code, id);
        };
    }

    /** A partner's token sees its own mailbox only; another's answers 404, as if it did not exist. */
    private boolean mayRead(String code) {
        return CallerPrincipal.of(security).mayActFor(code);
    }

    private static Response notFound(String code, String id) {
        return ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No document " + id + " in the mailbox of " + code);
    }
}

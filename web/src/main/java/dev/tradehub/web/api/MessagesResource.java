package dev.tradehub.web.api;

import dev.tradehub.access.Caller;
import dev.tradehub.access.Role;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.messagelog.MessagePage;
import dev.tradehub.messagelog.MessageSummary;
import dev.tradehub.messagelog.MessageView;
import dev.tradehub.orchestration.MessageReplay;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.CallerPrincipal;
import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
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
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The message log over HTTP: one message with everything known of it, searches, the raw payload. */
@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    @EJB
    private MessageLog messageLog;

    @EJB
    private MessageReplay replay;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("{id}")
    @Operation(summary = "A message: envelope facts, status, errors, transactions (canonical + Odoo), timeline")
    @Allowed(value = Role.VIEWER, partnerScoped = true)
    public Response message(@PathParam("id") String id) {
        return visible(id)
                .map(view -> Response.ok(json(view).build()).build())
                .orElseGet(() -> notFound(id));
    }

    @GET
    @Path("{id}/payload")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The raw payload exactly as received")
    @Allowed(value = Role.VIEWER, partnerScoped = true)
    public Response payload(@PathParam("id") String id) {
        return visible(id).flatMap(view -> messageLog.payload(id))
                .map(payload -> Response.ok(payload.bytes(), payload.contentType() == null
                                ? MediaType.APPLICATION_OCTET_STREAM : payload.contentType())
                        .header("X-TradeHub-Payload-Truncated", payload.truncated()).build())
                .orElseGet(() -> notFound(id));
    }

    @GET
    @Operation(summary = "Search messages, newest first (times in UTC, ISO-8601)")
    @Allowed(value = Role.VIEWER, partnerScoped = true)
    public Response search(@BeanParam MessageFilter filter, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Optional<Response> invalid = Paging.invalid(page, size);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Caller caller = CallerPrincipal.of(security);
        return filter.toQuery(page, size).map(query -> caller.partner().map(query::withPartner).orElse(query))
                .map(query -> {
            MessagePage result = messageLog.search(query);
            JsonArrayBuilder items = JsonBodies.array();
            result.items().forEach(item -> items.add(json(item)));
            return Response.ok(JsonBodies.object().add("items", items).add("total", result.total())
                    .add("page", result.page()).add("size", result.size()).build()).build();
        }).orElseGet(filter::invalid);
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Run a finished message again from translation, with today's partner data")
    @Allowed(Role.OPERATOR)
    public Response replay(@PathParam("id") String id) {
        return switch (replay.replay(id, CallerPrincipal.actor(security, request))) {
            case QUEUED -> Response.accepted(JsonBodies.object().add("id", id)
                    .add("status", messageLog.view(id).map(MessageView::status).orElse("RECEIVED"))
                    .add("links", JsonBodies.object().add("self", "/api/v1/messages/" + id)).build()).build();
            case IN_PROGRESS -> ApiError.response(Response.Status.CONFLICT, "IN_PROGRESS",
                    "Message " + id + " is not finished yet; it will be processed anyway");
            case NOT_REPLAYABLE -> ApiError.response(Response.Status.CONFLICT, "NOT_REPLAYABLE",
                    "Message " + id + " is an order claimed from Odoo: there is nothing to run again");
            case NOT_FOUND -> notFound(id);
        };
    }

    @POST
    @Path("replay")
    @Operation(summary = "Replay the finished messages a filter selects (by default FAILED, PARTIALLY_COMPLETED"
            + " and DEAD_LETTER), oldest first, at most " + MessageReplay.MAX_BATCH + " a call")
    @Allowed(Role.OPERATOR)
    public Response replayAll(@BeanParam MessageFilter filter) {
        return filter.toQuery(0, 1).map(query -> {
            MessageReplay.BulkOutcome outcome = replay.replaySelected(query, CallerPrincipal.actor(security, request));
            return Response.accepted(JsonBodies.object().add("queued", outcome.queued()).add("matched", outcome.matched())
                    .add("remaining", Math.max(0, outcome.matched() - outcome.queued())).build()).build();
        }).orElseGet(filter::invalid);
    }

    static JsonObjectBuilder json(MessageSummary summary) {
        JsonObjectBuilder json = JsonBodies.object();
        add(json, "id", summary.id());
        add(json, "receivedAt", time(summary.receivedAt()));
        add(json, "channel", summary.channel());
        add(json, "partner", summary.partner());
        add(json, "standard", summary.standard());
        add(json, "docType", summary.docType());
        add(json, "interchangeControl", summary.interchangeControl());
        add(json, "status", summary.status());
        add(json, "errorCategory", summary.errorCategory());
        json.add("transactionCount", summary.transactionCount());
        add(json, "direction", summary.direction());
        add(json, "delivery", summary.delivery());
        add(json, "acknowledgement", summary.acknowledgement());
        add(json, "answers", summary.answers());
        json.add("links", JsonBodies.object().add("self", "/api/v1/messages/" + summary.id()));
        return json;
    }

    static JsonObjectBuilder json(MessageView view) {
        JsonObjectBuilder json = JsonBodies.object();
        add(json, "id", view.id());
        add(json, "receivedAt", time(view.receivedAt()));
        add(json, "updatedAt", time(view.updatedAt()));
        add(json, "channel", view.channel());
        add(json, "senderReference", view.senderReference());
        add(json, "contentType", view.contentType());
        json.add("payloadSize", view.payloadSize());
        json.add("payloadTruncated", view.payloadTruncated());
        add(json, "partner", view.partner());
        add(json, "standard", view.standard());
        add(json, "version", view.version());
        add(json, "docType", view.docType());
        add(json, "sender", view.sender());
        add(json, "receiver", view.receiver());
        add(json, "interchangeControl", view.interchangeControl());
        json.add("test", view.test());
        add(json, "status", view.status());
        add(json, "errorCategory", view.errorCategory());
        add(json, "duplicateOf", view.duplicateOf());
        json.add("attempts", view.attempts());
        add(json, "nextAttemptAt", time(view.nextAttemptAt()));
        JsonArrayBuilder errors = JsonBodies.array();
        view.errors().forEach(error -> {
            JsonObjectBuilder e = JsonBodies.object();
            add(e, "category", error.category());
            JsonObjectBuilder location = JsonBodies.object();
            add(location, "transaction", error.transaction());
            add(location, "segment", error.segment());
            add(location, "segmentPosition", error.segmentPosition());
            add(location, "element", error.element());
            add(location, "component", error.component());
            e.add("location", location);
            add(e, "message", error.message());
            errors.add(e);
        });
        json.add("errors", errors);
        JsonArrayBuilder transactions = JsonBodies.array();
        view.transactions().forEach(transaction -> {
            JsonObjectBuilder t = JsonBodies.object();
            t.add("position", transaction.position());
            add(t, "controlNumber", transaction.controlNumber());
            add(t, "groupControlNumber", transaction.groupControlNumber());
            add(t, "docType", transaction.docType());
            add(t, "version", transaction.version());
            add(t, "poNumber", transaction.poNumber());
            t.add("canonical", parse(transaction.canonicalJson()));
            add(t, "state", transaction.state());
            add(t, "errorCategory", transaction.errorCategory());
            if (transaction.odoo() == null) {
                t.addNull("odoo");
            } else {
                JsonObjectBuilder odoo = JsonBodies.object();
                add(odoo, "model", transaction.odoo().model());
                add(odoo, "id", transaction.odoo().id());
                add(odoo, "name", transaction.odoo().name());
                t.add("odoo", odoo);
            }
            add(t, "updatedAt", time(transaction.updatedAt()));
            transactions.add(t);
        });
        json.add("transactions", transactions);
        JsonArrayBuilder timeline = JsonBodies.array();
        view.timeline().forEach(entry -> {
            JsonObjectBuilder t = JsonBodies.object();
            add(t, "at", time(entry.at()));
            add(t, "event", entry.event());
            add(t, "detail", entry.detail());
            timeline.add(t);
        });
        json.add("timeline", timeline);
        add(json, "direction", view.direction());
        add(json, "answers", view.answers());
        json.add("answeredBy", strings(view.answeredBy()));
        json.add("acknowledges", strings(view.acknowledges()));
        if (view.outbound() == null) {
            json.addNull("outbound");
        } else {
            MessageView.Outbound outbound = view.outbound();
            JsonObjectBuilder o = JsonBodies.object();
            add(o, "transport", outbound.transport());
            add(o, "delivery", outbound.delivery());
            o.add("deliveryAttempts", outbound.deliveryAttempts());
            add(o, "deliveredAt", time(outbound.deliveredAt()));
            add(o, "acknowledgement", outbound.acknowledgement());
            add(o, "acknowledgementDue", time(outbound.acknowledgementDue()));
            add(o, "acknowledgedBy", outbound.acknowledgedBy());
            json.add("outbound", o);
        }
        String self = "/api/v1/messages/" + view.id();
        JsonObjectBuilder links = JsonBodies.object().add("self", self).add("payload", self + "/payload");
        JsonArrayBuilder answeredBy = JsonBodies.array();
        view.answeredBy().forEach(id -> answeredBy.add("/api/v1/messages/" + id));
        links.add("outbound", answeredBy);
        if (view.answers() != null) {
            links.add("answers", "/api/v1/messages/" + view.answers());
        }
        json.add("links", links);
        return json;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JsonBodies.array();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue parse(String json) {
        if (json == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = JsonBodies.reader(json)) {
            return reader.readValue();
        }
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Long number) {
            json.add(name, number);
        } else if (value instanceof Integer number) {
            json.add(name, number);
        } else {
            json.add(name, value.toString());
        }
    }

    private static String time(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).toString();
    }

    /** The message, if the caller may see it: a partner's token sees its own partner's messages only. */
    private Optional<MessageView> visible(String id) {
        Caller caller = CallerPrincipal.of(security);
        return messageLog.view(id).filter(view -> caller.mayActFor(view.partner()));
    }

    private static Response notFound(String id) {
        return ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No message " + id);
    }
}

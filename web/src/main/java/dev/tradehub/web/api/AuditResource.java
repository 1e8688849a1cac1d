package dev.tradehub.web.api;

import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditEntryView;
import dev.tradehub.access.AuditQuery;
import dev.tradehub.access.AuditTrail;
import dev.tradehub.access.Role;
import dev.tradehub.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log: searched newest first, or exported as CSV. ADMIN only. */
@Path("audit")
@Allowed(Role.ADMIN)
public class AuditResource {

    private static final int EXPORT_PAGE = 1000;
    private static final int MAX_EXPORT = 1_000_000;

    /** The audit search's criteria, all optional; times are ISO-8601 (UTC when no offset is given). */
    public static class Filter {
        @QueryParam("actor")
        String actor;
        @QueryParam("action")
        String action;
        @QueryParam("subject")
        String subject;
        @QueryParam("from")
        String from;
        @QueryParam("to")
        String to;

        Optional<AuditQuery> toQuery() {
            try {
                AuditAction kind = Paging.blankToNull(action) == null ? null : AuditAction.valueOf(action.trim());
                return Optional.of(new AuditQuery(Paging.blankToNull(actor), kind, Paging.blankToNull(subject),
                        time(from), time(to)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }

        private static LocalDateTime time(String value) {
            String text = Paging.blankToNull(value);
            if (text == null) {
                return null;
            }
            return text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    : LocalDateTime.parse(text);
        }

        Response invalid() {
            return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_QUERY", "action must be one of "
                    + List.of(AuditAction.values()) + "; from and to ISO-8601 times such as 2026-12-03T06:00:00Z");
        }
    }

    /** A page of the audit log. */
    public record Page(List<AuditEntryView> items, long total, int page, int size) {
    }

    @EJB
    private AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the audit log, newest first")
    public Response search(@BeanParam Filter filter, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Optional<Response> invalid = Paging.invalid(page, size);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return filter.toQuery().map(query -> Response.ok(new Page(audit.search(query, page * size, size),
                audit.count(query), page, size)).build()).orElseGet(filter::invalid);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The audit entries the filter selects as CSV (UTF-8), newest first")
    public Response export(@BeanParam Filter filter) {
        return filter.toQuery().map(query -> Response.ok((StreamingOutput) out -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.write("occurredAt,actor,address,action,subject,before,after\r\n");
            for (int first = 0; first < MAX_EXPORT; first += EXPORT_PAGE) {
                List<AuditEntryView> entries = audit.search(query, first, EXPORT_PAGE);
                for (AuditEntryView entry : entries) {
                    csv.write(String.join(",", cell(entry.occurredAt().atOffset(ZoneOffset.UTC).toString()),
                            cell(entry.actor()), cell(entry.address()), cell(entry.action()), cell(entry.subject()),
                            cell(entry.before()), cell(entry.after())));
                    csv.write("\r\n");
                }
                if (entries.size() < EXPORT_PAGE) {
                    break;
                }
            }
            csv.flush();
        }, "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"tradehub-audit.csv\"")
                .build()).orElseGet(filter::invalid);
    }

    /**
     * One CSV cell (RFC 4180 quoting). A value a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
     * prefixed with an apostrophe: the audit log holds what users typed.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

package dev.tradehub.web.api;

import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.messagelog.MessageQuery;
import dev.tradehub.persistence.messagelog.AcknowledgementState;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The message-log filter of the query string ({@code partner, status, category, docType, poNumber, from, to,
 * direction, acknowledgement}), shared by search, bulk replay and the acknowledgement list. Times are ISO-8601 (a date means its start, UTC).
 */
public class MessageFilter {

    @QueryParam("partner")
    private String partner;

    @QueryParam("status")
    private String status;

    @QueryParam("category")
    private String category;

    @QueryParam("docType")
    private String docType;

    @QueryParam("poNumber")
    private String poNumber;

    @QueryParam("from")
    private String from;

    @QueryParam("to")
    private String to;

    @QueryParam("direction")
    private String direction;

    /** The acknowledgement state of outbound messages; {@code state} in the acknowledgement list. */
    @QueryParam("acknowledgement")
    private String acknowledgement;

    private final List<String> problems = new ArrayList<>();

    /** The query, or empty when a parameter is invalid (then {@link #invalid()} says why). */
    Optional<MessageQuery> toQuery(int page, int size) {
        problems.clear();
        String statusName = oneOf("status", status, Arrays.stream(MessageStatus.values()).map(Enum::name).toList());
        String categoryName = oneOf("category", category,
                Arrays.stream(ErrorCategory.values()).map(Enum::name).toList());
        String directionName = oneOf("direction", direction, Arrays.stream(Direction.values()).map(Enum::name).toList());
        String acknowledgementName = oneOf("acknowledgement", acknowledgement,
                Arrays.stream(AcknowledgementState.values()).map(Enum::name).toList());
        LocalDateTime fromTime = utc("from", from);
        LocalDateTime toTime = utc("to", to);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MessageQuery(Paging.blankToNull(partner), statusName, categoryName, Paging.blankToNull(docType),
                Paging.blankToNull(poNumber), fromTime, toTime, page, size, directionName, acknowledgementName));
    }

    /** The same filter for outbound documents in one acknowledgement state (or any when null). */
    Optional<MessageQuery> toAcknowledgementQuery(String state, int page, int size) {
        this.direction = Direction.OUTBOUND.name();
        this.acknowledgement = state;
        return toQuery(page, size).map(q -> q.acknowledgement() != null ? q : new MessageQuery(q.partner(), q.status(),
                q.category(), q.docType(), q.poNumber(), q.from(), q.to(), q.page(), q.size(), q.direction(),
                MessageQuery.ANY_ACKNOWLEDGEMENT));
    }

    Response invalid() {
        return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_QUERY", String.join("; ", problems));
    }

    private String oneOf(String name, String value, List<String> allowed) {
        String given = Paging.blankToNull(value);
        if (given == null) {
            return null;
        }
        String upper = given.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            problems.add(name + " must be one of " + allowed);
            return null;
        }
        return upper;
    }

    private LocalDateTime utc(String name, String value) {
        String given = Paging.blankToNull(value);
        if (given == null) {
            return null;
        }
        try {
            return given.length() == 10 ? LocalDate.parse(given).atStartOfDay()
                    : OffsetDateTime.parse(given).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            problems.add(name + " must be an ISO-8601 date or date-time such as 2026-11-27T10:00:00Z, not '"
                    + given + "'");
            return null;
        }
    }

}

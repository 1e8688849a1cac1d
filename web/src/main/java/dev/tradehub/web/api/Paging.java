package dev.tradehub.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The list endpoints' shared query rules: pages from 0, at most 500 items a page; blank filters are no filter. */
final class Paging {

    static final int MAX_PAGE_SIZE = 500;

    private Paging() {
    }

    /** The 400 for a page or size out of range, if it is. */
    static Optional<Response> invalid(int page, int size) {
        return page < 0 || size < 1 || size > MAX_PAGE_SIZE
                ? Optional.of(ApiError.response(Response.Status.BAD_REQUEST, "INVALID_QUERY",
                        "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE))
                : Optional.empty();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package dev.tradehub.web.api;

import dev.tradehub.access.InvalidAccessChange;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused change of users or tokens: 400 with the reason. */
@Provider
public class InvalidAccessChangeMapper implements ExceptionMapper<InvalidAccessChange> {

    @Override
    public Response toResponse(InvalidAccessChange refused) {
        return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_CHANGE", refused.getMessage());
    }
}

package dev.tradehub.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: any failure becomes a JSON error with an incident id the operator finds in the log, never a
 * stack trace to the caller. JAX-RS's own errors (404, 405, 406 ...) keep their status.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return ApiError.response(status.getStatusCode(), JsonBodies.object()
                    .add("error", status.getReasonPhrase().toUpperCase().replace(' ', '_'))
                    .add("message", failure.getMessage() == null ? status.getReasonPhrase() : failure.getMessage()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident=" + incident + " unexpected failure serving an API call", failure);
        return ApiError.response(500, JsonBodies.object()
                .add("error", "INTERNAL")
                .add("message", "TradeHub could not complete the request; the incident is logged")
                .add("incident", incident));
    }
}

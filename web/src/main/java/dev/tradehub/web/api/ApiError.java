package dev.tradehub.web.api;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one shape of an API error: {@code {"error": CODE, "message": text}} plus optional fields. */
public final class ApiError {

    private ApiError() {
    }

    public static Response response(Response.Status status, String code, String message) {
        return response(status.getStatusCode(), JsonBodies.object().add("error", code).add("message", message));
    }

    public static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build()).build();
    }
}

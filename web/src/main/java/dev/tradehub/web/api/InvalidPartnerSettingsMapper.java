package dev.tradehub.web.api;

import dev.tradehub.partner.InvalidPartnerSettings;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused partner settings: 400 with every reason. */
@Provider
public class InvalidPartnerSettingsMapper implements ExceptionMapper<InvalidPartnerSettings> {

    @Override
    public Response toResponse(InvalidPartnerSettings refused) {
        return ApiError.response(Response.Status.BAD_REQUEST, "INVALID_SETTINGS", refused.getMessage());
    }
}

package dev.tradehub.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application: every resource of the public API lives under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "TradeHub API", version = "v1",
                description = "Send partner documents, follow them through translation and Odoo, manage partners."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class TradeHubApi extends Application {
}

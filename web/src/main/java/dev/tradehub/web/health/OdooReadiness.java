package dev.tradehub.web.health;

import dev.tradehub.bootstrap.OdooConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Odoo answers its version call. */
@Readiness
@ApplicationScoped
public class OdooReadiness implements HealthCheck {

    @Inject
    private OdooConnection odoo;

    @Override
    public HealthCheckResponse call() {
        OdooConnection.Probe probe = odoo.probe();
        return HealthCheckResponse.named("odoo").status(probe.reachable())
                .withData("target", odoo.description())
                .withData("emulator", odoo.isEmulator())
                .withData("detail", probe.detail())
                .withData("latencyMs", probe.latencyMillis())
                .build();
    }
}

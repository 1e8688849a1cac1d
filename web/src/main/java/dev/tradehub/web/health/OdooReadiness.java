package dev.tradehub.web.health;

import dev.tradehub.bootstrap.OdooConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * How Odoo answers: {@code OK}, {@code DEGRADED} (the probe or the recent calls slower than
 * {@code tradehub.odoo.slow-ms}) or
 * {@code UNREACHABLE}. Always UP: TradeHub keeps accepting documents while Odoo is slow or down (they wait and
 * are retried), so a load balancer must not take the node out of rotation for it.
 */
@Readiness
@ApplicationScoped
public class OdooReadiness implements HealthCheck {

    @Inject
    private OdooConnection odoo;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.slow-ms", defaultValue = "1000")
    private long slowMillis;

    @Override
    public HealthCheckResponse call() {
        OdooConnection.Probe probe = odoo.probe();
        long recentCall = odoo.recentCallMillis();
        String state = !probe.reachable() ? "UNREACHABLE"
                : probe.latencyMillis() > slowMillis || recentCall > slowMillis ? "DEGRADED" : "OK";
        return HealthCheckResponse.named("odoo").up()
                .withData("state", state)
                .withData("target", odoo.description())
                .withData("emulator", odoo.isEmulator())
                .withData("detail", probe.detail())
                .withData("latencyMs", probe.latencyMillis())
                .withData("recentCallMs", recentCall)
                .build();
    }
}

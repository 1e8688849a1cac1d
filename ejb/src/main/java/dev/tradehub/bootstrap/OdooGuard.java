package dev.tradehub.bootstrap;

import dev.tradehub.odoo.OdooException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * A circuit breaker around work that calls Odoo: when most recent calls found Odoo unavailable, further work
 * fails at once ({@code CircuitBreakerOpenException}) for a while instead of hammering a server that is down;
 * the messages are scheduled for a later attempt and intake goes on. Business rejections do not count.
 * Tunable with MicroProfile Config ({@code dev.tradehub.bootstrap.OdooGuard/call/CircuitBreaker/delay} ...).
 */
@ApplicationScoped
public class OdooGuard {

    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 1,
            failOn = OdooUnavailableException.class)
    public <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (OdooException e) {
            if (e.isTransient() || e.kind() == OdooException.Kind.AUTHENTICATION) {
                throw new OdooUnavailableException(e);
            }
            throw e;
        }
    }
}

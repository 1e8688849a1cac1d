package dev.tradehub.web.health;

import dev.tradehub.intake.InboundQueue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The broker answers, and how many documents wait on the inbound channel. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private static final int COUNT_LIMIT = 10_000;

    @EJB
    private InboundQueue queue;

    @Override
    public HealthCheckResponse call() {
        try {
            int waiting = queue.waiting(COUNT_LIMIT);
            return HealthCheckResponse.named("broker").up()
                    .withData("inboundWaiting", waiting >= COUNT_LIMIT ? COUNT_LIMIT + "+" : Integer.toString(waiting))
                    .build();
        } catch (JMSRuntimeException | JMSException e) {
            return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}

package dev.tradehub.web.health;

import dev.tradehub.intake.InboundQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import java.util.Collections;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The broker answers, and how many documents wait on the inbound channel. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private static final int COUNT_LIMIT = 10_000;

    @Inject
    @JMSConnectionFactory(InboundQueue.CONNECTION_FACTORY)
    private JMSContext context;

    @Override
    public HealthCheckResponse call() {
        try (QueueBrowser browser = context.createBrowser(context.createQueue(InboundQueue.NAME))) {
            long waiting = Collections.list(browser.getEnumeration()).stream().limit(COUNT_LIMIT).count();
            return HealthCheckResponse.named("broker").up()
                    .withData("inboundWaiting", waiting >= COUNT_LIMIT ? COUNT_LIMIT + "+" : Long.toString(waiting))
                    .build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}

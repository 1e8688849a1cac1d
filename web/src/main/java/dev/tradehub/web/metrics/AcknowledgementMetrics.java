package dev.tradehub.web.metrics;

import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.persistence.messagelog.AcknowledgementState;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code tradehub_outbound_acknowledgements{state="OVERDUE"}} and the other acknowledgement states: how many of our
 * outbound documents stand in each. One grouped count serves a scrape (kept a few seconds, so that the gauges of one
 * scrape agree and a busy scraper costs one query).
 */
@ApplicationScoped
public class AcknowledgementMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    @EJB
    private MessageLog messageLog;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    private volatile Map<AcknowledgementState, Long> counts;
    private volatile long countedAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Metadata metadata = Metadata.builder().withName("tradehub.outbound.acknowledgements")
                .withDescription("Outbound documents by the state of the partner's acknowledgement").build();
        for (AcknowledgementState state : AcknowledgementState.values()) {
            registry.gauge(metadata, this, metrics -> metrics.count(state), new Tag("state", state.name()));
        }
    }

    private long count(AcknowledgementState state) {
        long now = System.nanoTime();
        Map<AcknowledgementState, Long> current = counts;
        if (current == null || now - countedAt > FRESH.toNanos()) {
            current = messageLog.countsByAcknowledgementState();
            counts = current;
            countedAt = now;
        }
        return current.getOrDefault(state, 0L);
    }
}

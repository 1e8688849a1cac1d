package dev.tradehub.web.metrics;

import dev.tradehub.changecapture.FollowedModel;
import dev.tradehub.changecapture.polling.ChangeCaptureSchedule;
import dev.tradehub.lifecycle.DocumentKind;
import dev.tradehub.lifecycle.OrderTimelines;
import dev.tradehub.persistence.lifecycle.OrderDocument;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code tradehub_order_documents{kind="SHIP_NOTICE",state="FAILED"}}: the documents of the orders' life by kind and
 * state (one grouped count a few seconds old at most); {@code tradehub_order_documents_overdue{kind=}}: those past
 * the partner's service level and still not issued; {@code tradehub_changecapture_poll_age_seconds{model=}}: how
 * long ago each followed model was last polled successfully (-1 before the first poll), the number to alert on
 * when change capture stalls.
 */
@ApplicationScoped
public class OrderLifecycleMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final String OVERDUE = "overdue:";

    @EJB
    private OrderTimelines timelines;

    @EJB
    private ChangeCaptureSchedule schedule;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    private volatile Map<String, Long> counts;
    private volatile long countedAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Metadata documents = Metadata.builder().withName("tradehub.order.documents")
                .withDescription("Documents of the orders' life (855, 856, 810 ...) by kind and state").build();
        for (DocumentKind kind : DocumentKind.values()) {
            for (OrderDocument.State state : OrderDocument.State.values()) {
                registry.gauge(documents, this, metrics -> metrics.count(kind.name() + "/" + state.name()),
                        new Tag("kind", kind.name()), new Tag("state", state.name()));
            }
        }
        Metadata overdue = Metadata.builder().withName("tradehub.order.documents.overdue")
                .withDescription("Documents of the orders' life past the partner's service level and not issued").build();
        for (DocumentKind kind : DocumentKind.values()) {
            registry.gauge(overdue, this, metrics -> metrics.count(OVERDUE + kind.name()), new Tag("kind", kind.name()));
        }
        Metadata age = Metadata.builder().withName("tradehub.changecapture.poll.age.seconds")
                .withDescription("Seconds since the followed Odoo model was last polled without an error").build();
        for (FollowedModel model : FollowedModel.values()) {
            registry.gauge(age, this, metrics -> metrics.pollAge(model), new Tag("model", model.odooModel()));
        }
    }

    private long count(String kindAndState) {
        long now = System.nanoTime();
        Map<String, Long> current = counts;
        if (current == null || now - countedAt > FRESH.toNanos()) {
            current = new HashMap<>(timelines.countsByKindAndState());
            for (Map.Entry<String, Long> kind : timelines.overdueByKind().entrySet()) {
                current.put(OVERDUE + kind.getKey(), kind.getValue());
            }
            counts = current;
            countedAt = now;
        }
        return current.getOrDefault(kindAndState, 0L);
    }

    private long pollAge(FollowedModel model) {
        ChangeCaptureSchedule.Status status = schedule.statuses().get(model);
        LocalDateTime last = status == null ? null : status.lastSuccessAt();
        return last == null ? -1 : Duration.between(last, LocalDateTime.now(ZoneOffset.UTC)).toSeconds();
    }
}

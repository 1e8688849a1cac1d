package dev.tradehub.orchestration.placement;

import dev.tradehub.bootstrap.OdooConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's placement lanes ({@link PlacementLane}), one per Odoo database and company that orders go to: the
 * aggregator that lets orders of many interchanges reach Odoo in one call pair. Configured by
 * {@code tradehub.odoo.batch.max-orders} (the batch size) and {@code tradehub.odoo.batch.max-wait-ms} (how long a
 * forming batch waits at most for interchanges still mapping their orders; none when nothing else is on its way).
 */
@ApplicationScoped
public class PlacementAggregator {

    @Inject
    @ConfigProperty(name = "tradehub.odoo.batch.max-orders", defaultValue = "50")
    private int maxOrders;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.batch.max-wait-ms", defaultValue = "300")
    private long maxWaitMillis;

    @Inject
    private OdooConnection odooConnection;

    private final Map<String, PlacementLane> lanes = new ConcurrentHashMap<>();

    @PostConstruct
    void validate() {
        if (maxOrders < 1 || maxWaitMillis < 0) {
            throw new IllegalStateException("tradehub.odoo.batch.max-orders must be at least 1 (is " + maxOrders
                    + ") and tradehub.odoo.batch.max-wait-ms at least 0 (is " + maxWaitMillis + ")");
        }
    }

    /**
     * The lane of the configured Odoo: its database, with the company of the user TradeHub works as (a node serves
     * one Odoo target, so one lane).
     */
    public PlacementLane lane() {
        return lanes.computeIfAbsent(odooConnection.target(),
                target -> new PlacementLane(maxOrders, Duration.ofMillis(maxWaitMillis)));
    }
}

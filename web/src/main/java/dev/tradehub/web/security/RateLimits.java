package dev.tradehub.web.security;

import dev.tradehub.access.TokenBucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * One token bucket per API token: {@code tradehub.api.rate-limit.per-second} requests a second on average, bursts
 * of {@code tradehub.api.rate-limit.burst}. Refusals are counted in {@code tradehub_api_rate_limited_total}. Each
 * node keeps its own buckets.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "tradehub.api.rate-limit.per-second", defaultValue = "50")
    private double perSecond;

    @Inject
    @ConfigProperty(name = "tradehub.api.rate-limit.burst", defaultValue = "200")
    private int burst;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private Counter refused;

    @PostConstruct
    void register() {
        refused = registry.counter("tradehub.api.rate.limited");
    }

    /** Takes a request's share of {@code token}'s bucket: 0 when it may go on, else nanoseconds to wait. */
    public long take(String token) {
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(token, key -> new TokenBucket(perSecond, burst, now)).take(now);
        if (wait > 0) {
            refused.inc();
        }
        return wait;
    }
}

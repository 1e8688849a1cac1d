package dev.tradehub.partner;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a passing failure: exponential backoff with jitter (so that messages that failed
 * together do not all come back together), up to a number of attempts the partner's profile may override.
 *
 * @param defaultMaxAttempts attempts, the first included, for partners without their own limit
 * @param initialDelay       the delay after the first failed attempt
 * @param multiplier         growth of the delay per attempt
 * @param maxDelay           the longest delay
 * @param jitter             the share of the delay drawn at random either way (0.2 = +-20%)
 */
public record RetryPolicy(int defaultMaxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
        double jitter) {

    public RetryPolicy {
        if (defaultMaxAttempts < 1 || multiplier < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("retry settings out of range: " + defaultMaxAttempts + " attempts,"
                    + " multiplier " + multiplier + ", jitter " + jitter);
        }
    }

    public int maxAttempts(TradingPartner partner) {
        return partner != null && partner.maxAttempts() != null ? partner.maxAttempts() : defaultMaxAttempts;
    }

    /**
     * The delay before attempt {@code failedAttempt + 1}.
     *
     * @param failedAttempt the 1-based number of the attempt that just failed
     * @param random        a source of numbers in [0, 1)
     */
    public Duration delayAfter(int failedAttempt, DoubleSupplier random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempt - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double factor = 1 - jitter + 2 * jitter * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * factor)));
    }
}

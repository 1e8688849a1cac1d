package dev.tradehub.access;

/**
 * A token bucket: {@code burst} requests at once, refilled at {@code perSecond}. Thread-safe; the caller supplies the
 * time (nanoseconds, monotonic) so that tests need no sleeping.
 */
public final class TokenBucket {

    private final double perNano;
    private final double burst;
    private double available;
    private long refilledAt;

    public TokenBucket(double perSecond, int burst, long nowNanos) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("A rate above 0 and a burst of at least 1 are needed");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.available = burst;
        this.refilledAt = nowNanos;
    }

    /**
     * Takes one request's token.
     *
     * @return 0 when taken, otherwise the nanoseconds until one is available
     */
    public synchronized long take(long nowNanos) {
        available = Math.min(burst, available + (nowNanos - refilledAt) * perNano);
        refilledAt = nowNanos;
        if (available >= 1) {
            available -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - available) / perNano);
    }
}

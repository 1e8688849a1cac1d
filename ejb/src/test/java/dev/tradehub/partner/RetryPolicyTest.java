package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(1), 0.2);

    @Test
    void delaysGrowExponentiallyUpToTheCap() {
        assertThat(policy.delayAfter(1, () -> 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2, () -> 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(5, () -> 0.5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(policy.delayAfter(6, () -> 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(30, () -> 0.5)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void jitterSpreadsTheDelayEitherWay() {
        assertThat(policy.delayAfter(1, () -> 0.0)).isEqualTo(Duration.ofMillis(1600));
        assertThat(policy.delayAfter(1, () -> 0.999_999)).isBetween(Duration.ofMillis(2399), Duration.ofMillis(2400));
    }

    @Test
    void aPartnersOwnLimitWins() {
        TradingPartner patient = new TradingPartner("P", "P", true, "C", Map.of(), Map.of(), 20, null, null);
        TradingPartner ordinary = new TradingPartner("O", "O", true, "C", Map.of(), Map.of(), null, null, null);
        assertThat(policy.maxAttempts(patient)).isEqualTo(20);
        assertThat(policy.maxAttempts(ordinary)).isEqualTo(8);
        assertThat(policy.maxAttempts(null)).isEqualTo(8);
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

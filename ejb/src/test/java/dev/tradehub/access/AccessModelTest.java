package dev.tradehub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessModelTest {

    @Test
    void eachRoleIncludesTheRolesBelowIt() {
        assertThat(Role.ADMIN.included()).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(Role.OPERATOR.included()).containsExactly(Role.VIEWER, Role.OPERATOR);
        assertThat(Role.ENGINEER.includes(Role.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.includes(Role.ENGINEER)).isFalse();
        assertThat(Role.named(" engineer ")).contains(Role.ENGINEER);
        assertThat(Role.named("ROOT")).isEmpty();
        assertThat(Role.named(null)).isEmpty();
    }

    @Test
    void aPartnerCallerHoldsNoRoleAndActsOnlyForItself() {
        Caller acme = Caller.forPartner("token:th_abcdefg", "ACME");
        assertThat(acme.has(Role.VIEWER)).isFalse();
        assertThat(acme.mayActFor("ACME")).isTrue();
        assertThat(acme.mayActFor("BETA")).isFalse();
        assertThat(acme.mayActFor(null)).isFalse();

        Caller operator = Caller.withRole("olga", Role.OPERATOR);
        assertThat(operator.has(Role.VIEWER)).isTrue();
        assertThat(operator.has(Role.ENGINEER)).isFalse();
        assertThat(operator.mayActFor("BETA")).isTrue();
        assertThatThrownBy(() -> new Caller("both", Role.ADMIN, "ACME")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller("neither", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokenSecretsAreRandomAndKeptOnlyAsTheirHash() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(TokenSecrets.newSecret());
        }
        assertThat(secrets).hasSize(1000).allSatisfy(secret -> {
            assertThat(secret).startsWith("th_").hasSize(3 + 43).matches("th_[A-Za-z0-9_-]+");
            assertThat(TokenSecrets.looksIssued(secret)).isTrue();
        });
        String secret = secrets.iterator().next();
        assertThat(TokenSecrets.hash(secret)).hasSize(64).isEqualTo(TokenSecrets.hash(secret))
                .isNotEqualTo(TokenSecrets.hash(secret + "x")).doesNotContain(secret.substring(3));
        assertThat(TokenSecrets.prefix(secret)).hasSize(10).isEqualTo(secret.substring(0, 10));
        assertThat(TokenSecrets.looksIssued("e2e-token-123")).isFalse();
    }

    @Test
    void aTokenBucketLetsABurstThroughThenTheRate() {
        long second = 1_000_000_000L;
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        long wait = bucket.take(0);
        assertThat(wait).isEqualTo(second / 2);
        assertThat(bucket.take(second / 4)).as("half a token back").isEqualTo(second / 4);
        assertThat(bucket.take(second / 2)).isZero();
        assertThat(bucket.take(100 * second)).isZero(); // refilled, but never beyond the burst
        assertThat(bucket.take(100 * second)).isZero();
        assertThat(bucket.take(100 * second)).isZero();
        assertThat(bucket.take(100 * second)).isPositive();
        assertThatThrownBy(() -> new TokenBucket(0, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.tradehub.controlnumbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.outbound.ControlNumbers.Kind;
import org.junit.jupiter.api.Test;

class ControlNumberRegistryTest {

    @Test
    void eachKindRollsOverAfterWhatItsFieldHolds() {
        assertThat(ControlNumberRegistry.nextAfter(41, Kind.INTERCHANGE)).isEqualTo(42);
        assertThat(ControlNumberRegistry.nextAfter(999_999_999L, Kind.INTERCHANGE)).isEqualTo(1);
        assertThat(ControlNumberRegistry.nextAfter(999_999_999L, Kind.EDIFACT_INTERCHANGE)).isEqualTo(1_000_000_000L);
        assertThat(ControlNumberRegistry.nextAfter(99_999_999_999_999L, Kind.EDIFACT_MESSAGE)).isEqualTo(1);
    }
}

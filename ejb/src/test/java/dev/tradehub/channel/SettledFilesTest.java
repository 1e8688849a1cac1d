package dev.tradehub.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettledFilesTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aFileIsCompleteOnlyOnceItStayedTheSameForTheSettleTime() {
        SettledFiles files = new SettledFiles(Duration.ofSeconds(2));
        assertThat(files.settled(Map.of("a.x12", new SettledFiles.Stamp(10, 1)), T0)).isEmpty();
        assertThat(files.settled(Map.of("a.x12", new SettledFiles.Stamp(20, 2)), T0.plusSeconds(3)))
                .as("it grew: the clock starts again").isEmpty();
        assertThat(files.settled(Map.of("a.x12", new SettledFiles.Stamp(20, 2)), T0.plusSeconds(4)))
                .as("unchanged, but not for 2 s yet").isEmpty();
        assertThat(files.settled(Map.of("a.x12", new SettledFiles.Stamp(20, 2)), T0.plusSeconds(5)))
                .containsExactly("a.x12");
    }

    @Test
    void temporaryNamesAreNeverTakenAndATakenFileStartsAfresh() {
        SettledFiles files = new SettledFiles(Duration.ZERO);
        Map<String, SettledFiles.Stamp> listing = Map.of(".a.x12", new SettledFiles.Stamp(1, 1),
                "b.x12.part", new SettledFiles.Stamp(1, 1), "c.TMP", new SettledFiles.Stamp(1, 1),
                "d.x12", new SettledFiles.Stamp(1, 1));
        files.settled(listing, T0);
        assertThat(files.settled(listing, T0.plusSeconds(1))).containsExactly("d.x12");
        files.taken("d.x12");
        assertThat(files.settled(listing, T0.plusSeconds(2))).as("seen once more before it counts").isEmpty();
        assertThat(SettledFiles.temporary("order.filepart")).isTrue();
        assertThat(SettledFiles.temporary("order.edi")).isFalse();
    }

    @Test
    void aFileThatDisappearedIsForgotten() {
        SettledFiles files = new SettledFiles(Duration.ZERO);
        files.settled(Map.of("a.x12", new SettledFiles.Stamp(1, 1)), T0);
        files.settled(Map.of(), T0.plusSeconds(1));
        assertThat(files.settled(Map.of("a.x12", new SettledFiles.Stamp(1, 1)), T0.plusSeconds(2))).isEmpty();
    }
}

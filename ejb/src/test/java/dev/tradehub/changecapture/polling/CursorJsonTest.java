package dev.tradehub.changecapture.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CursorJsonTest {

    @Test
    void reportedWritesSurviveTheDatabase() {
        Map<Long, LocalDateTime> reported = Map.of(30L, LocalDateTime.parse("2026-12-01T19:15:36"),
                31L, LocalDateTime.parse("2026-12-01T19:15:37"));
        String json = CursorJson.write(reported);
        assertThat(json).isEqualTo("{\"30\":\"2026-12-01T19:15:36\",\"31\":\"2026-12-01T19:15:37\"}");
        assertThat(CursorJson.read(json)).isEqualTo(reported);
        assertThat(CursorJson.read(null)).isEmpty();
        assertThat(CursorJson.read(" ")).isEmpty();
    }
}

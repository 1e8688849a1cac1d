package dev.tradehub.bench.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the translation benchmarks compiling and working: JMH in-process, one 200 ms iteration per benchmark.
 * It checks that numbers come out, never how large they are (this is not a timed test).
 */
class TranslationSmokeTest {

    @Test
    void everyDocumentGetsAFigureForTradeHubAndForRawStaedi() throws Exception {
        List<TranslationRun.Row> rows = TranslationRun.run(TranslationRun.Plan.quick());

        assertEquals(6, rows.size(), rows.toString());
        for (TranslationRun.Row row : rows) {
            assertTrue(row.tradehubPerSecond() > 0, row.toString());
            assertTrue(row.rawPerSecond() > 0, row.toString());
            assertTrue(row.bytes() > 0, row.toString());
        }
    }
}

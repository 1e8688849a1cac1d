package dev.tradehub.changecapture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.OdooRecord;
import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cursor against a model of Odoo 19's behaviour (transcripts, section 15): write_date stored in microseconds,
 * sent and compared in whole seconds, sorted by the stored value.
 */
class ChangeCaptureTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 1, 19, 15, 36);
    private static final Duration OVERLAP = Duration.ofSeconds(30);

    /** Odoo's table of one model: each record's id and stored (microsecond) write_date. */
    private static final class Odoo implements ChangeCapture.Source {
        private final List<long[]> rows = new ArrayList<>(); // id, epoch micros
        int calls;

        void write(long id, LocalDateTime at) {
            rows.removeIf(row -> row[0] == id);
            rows.add(new long[] {id, micros(at)});
        }

        @Override
        public List<OdooRecord> changedSince(LocalDateTime since, int limit, int offset) {
            calls++;
            long from = micros(since.withNano(0)); // ">=" by whole seconds
            return rows.stream().filter(row -> row[1] >= from)
                    .sorted(Comparator.<long[]>comparingLong(row -> row[1]).thenComparingLong(row -> row[0]))
                    .skip(offset).limit(limit)
                    .map(row -> new OdooRecord(Json.createObjectBuilder().add("id", row[0])
                            .add("write_date", ChangeCapture.ODOO_DATETIME.format(at(row[1]))).build()))
                    .toList();
        }

        private static long micros(LocalDateTime at) {
            return at.toEpochSecond(java.time.ZoneOffset.UTC) * 1_000_000 + at.getNano() / 1_000;
        }

        private static LocalDateTime at(long micros) {
            return LocalDateTime.ofEpochSecond(micros / 1_000_000, (int) (micros % 1_000_000) * 1_000,
                    java.time.ZoneOffset.UTC);
        }
    }

    private static List<Long> ids(ChangeCapture.Poll poll) {
        return poll.changes().stream().map(OdooRecord::id).toList();
    }

    @Test
    void aLowerIdWrittenLaterInTheSameSecondIsNotSkipped() {
        // 15-cursor-json2-08..11: order 31, then order 30 in a separate call, same second; pages of one.
        Odoo odoo = new Odoo();
        odoo.write(31, T.plusNanos(100_000_000));
        CaptureCursor cursor = CaptureCursor.startingAt(T.minusSeconds(5));
        ChangeCapture.Poll first = ChangeCapture.poll(cursor, odoo, 1, OVERLAP);
        assertThat(ids(first)).containsExactly(31L);

        odoo.write(30, T.plusNanos(600_000_000));
        ChangeCapture.Poll second = ChangeCapture.poll(first.next(), odoo, 1, OVERLAP);
        assertThat(ids(second)).containsExactly(30L);
        assertThat(second.next().watermark()).isEqualTo(T);
    }

    @Test
    void aRecordWrittenLaterInTheCursorsSecondIsNotMissedAndTheOtherNotReportedTwice() {
        // 15-cursor-json2-13..17: a poll sees 32 at :37, then 33 is written later in that second.
        Odoo odoo = new Odoo();
        odoo.write(32, T.plusSeconds(1).plusNanos(200_000_000));
        ChangeCapture.Poll first = ChangeCapture.poll(CaptureCursor.startingAt(T), odoo, 50, OVERLAP);
        assertThat(ids(first)).containsExactly(32L);

        odoo.write(33, T.plusSeconds(1).plusNanos(700_000_000));
        ChangeCapture.Poll second = ChangeCapture.poll(first.next(), odoo, 50, OVERLAP);
        assertThat(ids(second)).containsExactly(33L);

        ChangeCapture.Poll quiet = ChangeCapture.poll(second.next(), odoo, 50, OVERLAP);
        assertThat(quiet.changes()).as("nothing changed").isEmpty();
        assertThat(quiet.calls()).as("one small call").isEqualTo(1);
    }

    @Test
    void aLongTransactionsOlderWriteDateIsCaughtWithinTheOverlap() {
        // A confirm that started at :36 commits after others written at :40 were read.
        Odoo odoo = new Odoo();
        odoo.write(40, T.plusSeconds(4));
        ChangeCapture.Poll first = ChangeCapture.poll(CaptureCursor.startingAt(T.minusSeconds(1)), odoo, 50, OVERLAP);
        assertThat(ids(first)).containsExactly(40L);
        odoo.write(41, T);
        ChangeCapture.Poll second = ChangeCapture.poll(first.next(), odoo, 50, OVERLAP);
        assertThat(ids(second)).containsExactly(41L);
        assertThat(second.next().watermark()).as("the watermark never goes back").isEqualTo(T.plusSeconds(4));
    }

    @Test
    void aRecordWrittenAgainIsReportedAgainOnceForEachWrite() {
        // A done picking is written again after date_done: the same record, a new write.
        Odoo odoo = new Odoo();
        odoo.write(17, T);
        ChangeCapture.Poll first = ChangeCapture.poll(CaptureCursor.startingAt(T.minusSeconds(1)), odoo, 50, OVERLAP);
        odoo.write(17, T.plusSeconds(2));
        ChangeCapture.Poll second = ChangeCapture.poll(first.next(), odoo, 50, OVERLAP);
        ChangeCapture.Poll third = ChangeCapture.poll(second.next(), odoo, 50, OVERLAP);
        assertThat(ids(first)).containsExactly(17L);
        assertThat(ids(second)).containsExactly(17L);
        assertThat(third.changes()).isEmpty();
    }

    @Test
    void manyWritesInOneSecondArePagedThroughWithoutLossOrRepeat() {
        // 120 records written by one call (one transaction timestamp), pages of 25; then a second batch.
        Odoo odoo = new Odoo();
        for (long id = 1; id <= 120; id++) {
            odoo.write(id, T);
        }
        ChangeCapture.Poll first = ChangeCapture.poll(CaptureCursor.startingAt(T.minusSeconds(1)), odoo, 25, OVERLAP);
        assertThat(ids(first)).hasSize(120).doesNotHaveDuplicates();
        for (long id = 121; id <= 180; id++) {
            odoo.write(id, T.plusSeconds(1 + id % 3).plusNanos(id * 1000));
        }
        ChangeCapture.Poll second = ChangeCapture.poll(first.next(), odoo, 25, OVERLAP);
        assertThat(ids(second)).hasSize(60).doesNotHaveDuplicates().allMatch(id -> id > 120);
    }

    @Test
    void whatFallsOutOfTheOverlapIsForgotten() {
        Odoo odoo = new Odoo();
        odoo.write(1, T);
        ChangeCapture.Poll first = ChangeCapture.poll(CaptureCursor.startingAt(T.minusSeconds(1)), odoo, 50, OVERLAP);
        odoo.write(2, T.plusMinutes(5));
        ChangeCapture.Poll second = ChangeCapture.poll(first.next(), odoo, 50, OVERLAP);
        assertThat(second.next().reported()).containsOnlyKeys(2L);
    }
}

package dev.tradehub.changecapture;

import dev.tradehub.odoo.OdooRecord;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One poll of one model's changes. Odoo 19 compares {@code write_date} by whole seconds and sorts by the stored
 * microseconds, so neither {@code write_date > cursor} nor a {@code (write_date, id)} keyset is safe: both lose
 * records written in the cursor's second by another transaction (transcripts {@code 15-cursor-json2-11} and
 * {@code -16}), and a long transaction's records carry its start time, older than what other transactions committed
 * meanwhile. So a poll reads {@code write_date >= watermark - overlap}, pages on from the last page's second
 * (skipping what it read of that second), and reports only the (record, write_date) pairs it has not reported yet.
 * When nothing changed, a poll is one call that returns the overlap window's records, all known. Stateless.
 */
public final class ChangeCapture {

    static final DateTimeFormatter ODOO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Where a poll reads from: the model's records written at or after {@code since}, in Odoo's write order. */
    @FunctionalInterface
    public interface Source {
        List<OdooRecord> changedSince(LocalDateTime since, int limit, int offset);
    }

    /**
     * What a poll found.
     *
     * @param changes the writes not reported before, in Odoo's write order
     * @param next    the cursor to keep (persist it with the changes' effects, in one transaction)
     * @param calls   the Odoo calls it made
     */
    public record Poll(List<OdooRecord> changes, CaptureCursor next, int calls) {
    }

    private ChangeCapture() {
    }

    public static Poll poll(CaptureCursor cursor, Source source, int pageSize, Duration overlap) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        Map<Long, LocalDateTime> reported = new HashMap<>(cursor.reported());
        List<OdooRecord> changes = new ArrayList<>();
        LocalDateTime watermark = cursor.watermark();
        LocalDateTime since = watermark.minus(overlap).withNano(0);
        int offset = 0;
        int calls = 0;
        while (true) {
            List<OdooRecord> page = source.changedSince(since, pageSize, offset);
            calls++;
            for (OdooRecord record : page) {
                LocalDateTime written = writeDate(record);
                if (!written.equals(reported.get(record.id()))) {
                    reported.put(record.id(), written);
                    changes.add(record);
                }
                if (written.isAfter(watermark)) {
                    watermark = written;
                }
            }
            if (page.size() < pageSize) {
                break;
            }
            LocalDateTime lastSecond = writeDate(page.get(page.size() - 1));
            long readOfLastSecond = page.stream().filter(r -> writeDate(r).equals(lastSecond)).count();
            // Skip what this poll read of the last second; should a late commit shift the page, what it skips is
            // read again by the next poll's overlap.
            offset = lastSecond.equals(since) ? offset + page.size() : (int) readOfLastSecond;
            since = lastSecond;
        }
        LocalDateTime keepFrom = watermark.minus(overlap);
        reported.values().removeIf(written -> written.isBefore(keepFrom));
        return new Poll(List.copyOf(changes), new CaptureCursor(watermark, reported), calls);
    }

    /** A record's {@code write_date} as Odoo sends it ({@code "YYYY-MM-DD HH:MM:SS"}, UTC). */
    static LocalDateTime writeDate(OdooRecord record) {
        String text = record.text("write_date");
        if (text == null) {
            throw new IllegalArgumentException("Odoo record " + record.id() + " has no write_date");
        }
        return LocalDateTime.parse(text, ODOO_DATETIME);
    }
}

package dev.tradehub.changecapture;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Where change capture stands for one model: the latest {@code write_date} read (Odoo sends whole seconds), and the
 * records already reported whose write falls within the overlap window before it, each with the {@code write_date}
 * it was reported with. A record written again has a new {@code write_date} and is reported again; a record read
 * again with the same one is not.
 *
 * @param watermark the latest write_date read, or the starting point
 * @param reported  record id -> the write_date it was reported with, for writes at or after watermark - overlap
 */
public record CaptureCursor(LocalDateTime watermark, Map<Long, LocalDateTime> reported) {

    public CaptureCursor {
        Objects.requireNonNull(watermark, "watermark");
        reported = Map.copyOf(reported);
    }

    /** A cursor that reports every write from {@code start} on (e.g. the model's high-water mark when followed first). */
    public static CaptureCursor startingAt(LocalDateTime start) {
        return new CaptureCursor(start.withNano(0), Map.of());
    }
}

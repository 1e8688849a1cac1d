package dev.tradehub.persistence.changecapture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One followed model's cursor as stored: the watermark, the writes already reported within the overlap (JSON, as
 * the change-capture package writes it), and counters for the operator.
 */
@Entity
@Table(name = "change_cursor")
public class StoredCursor {

    @Id
    private String model;

    @Column(nullable = false)
    private LocalDateTime watermark;

    @Lob
    private String reported;

    @Column(nullable = false)
    private long polls;

    @Column(nullable = false)
    private long changes;

    @Column(name = "polled_at")
    private LocalDateTime polledAt;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected StoredCursor() {
    }

    public StoredCursor(String model, LocalDateTime watermark) {
        this.model = model;
        this.watermark = watermark;
    }

    /** Keeps where a poll left off; {@code changed} is how many writes it reported. */
    public void advance(LocalDateTime newWatermark, String newReported, int changed, LocalDateTime at) {
        this.watermark = newWatermark;
        this.reported = newReported;
        this.polls++;
        this.polledAt = at;
        if (changed > 0) {
            this.changes += changed;
            this.changedAt = at;
        }
    }

    public String getModel() {
        return model;
    }

    public LocalDateTime getWatermark() {
        return watermark;
    }

    public String getReported() {
        return reported;
    }

    public long getPolls() {
        return polls;
    }

    public long getChanges() {
        return changes;
    }

    public LocalDateTime getPolledAt() {
        return polledAt;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}

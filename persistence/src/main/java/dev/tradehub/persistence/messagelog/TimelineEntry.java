package dev.tradehub.persistence.messagelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One event in a message's life: received, translated, created in Odoo, confirmed, failed, replayed ... */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private LoggedMessage message;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false)
    private String event;

    @Column(length = MessageError.MAX_TEXT)
    private String detail;

    protected TimelineEntry() {
    }

    public TimelineEntry(LoggedMessage message, LocalDateTime at, String event, String detail) {
        this.message = message;
        this.at = at;
        this.event = event;
        this.detail = detail == null || detail.length() <= MessageError.MAX_TEXT
                ? detail : detail.substring(0, MessageError.MAX_TEXT - 1) + "…";
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getEvent() {
        return event;
    }

    public String getDetail() {
        return detail;
    }
}

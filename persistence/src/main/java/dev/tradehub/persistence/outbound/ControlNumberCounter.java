package dev.tradehub.persistence.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One control-number counter: the last number given for a partner, one of our sender IDs and a kind. */
@Entity
@Table(name = "control_number")
@IdClass(ControlNumberCounter.Key.class)
public class ControlNumberCounter {

    @Id
    @Column(name = "partner_code")
    private String partnerCode;

    @Id
    @Column(name = "sender_key")
    private String senderKey;

    @Id
    @Column(name = "kind")
    private String kind;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ControlNumberCounter() {
    }

    public ControlNumberCounter(String partnerCode, String senderKey, String kind, long lastValue, LocalDateTime at) {
        this.partnerCode = partnerCode;
        this.senderKey = senderKey;
        this.kind = kind;
        this.lastValue = lastValue;
        this.updatedAt = at;
    }

    public long getLastValue() {
        return lastValue;
    }

    public void setLastValue(long value, LocalDateTime at) {
        this.lastValue = value;
        this.updatedAt = at;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partnerCode;
        private String senderKey;
        private String kind;

        public Key() {
        }

        public Key(String partnerCode, String senderKey, String kind) {
            this.partnerCode = partnerCode;
            this.senderKey = senderKey;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && partnerCode.equals(key.partnerCode) && senderKey.equals(key.senderKey)
                    && kind.equals(key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerCode, senderKey, kind);
        }
    }
}

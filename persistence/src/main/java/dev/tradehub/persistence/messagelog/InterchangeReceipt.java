package dev.tradehub.persistence.messagelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** Idempotent receiver record: this partner's interchange control number was first received in that message. */
@Entity
@Table(name = "interchange_receipt")
@IdClass(InterchangeReceipt.Key.class)
public class InterchangeReceipt {

    @Id
    @Column(name = "partner_code")
    private String partnerCode;

    @Id
    @Column(name = "interchange_control")
    private String interchangeControl;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected InterchangeReceipt() {
    }

    public InterchangeReceipt(String partnerCode, String interchangeControl, String messageId, LocalDateTime receivedAt) {
        this.partnerCode = partnerCode;
        this.interchangeControl = interchangeControl;
        this.messageId = messageId;
        this.receivedAt = receivedAt;
    }

    public String getMessageId() {
        return messageId;
    }

    /** The composite key: partner and interchange control number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partnerCode;
        private String interchangeControl;

        public Key() {
        }

        public Key(String partnerCode, String interchangeControl) {
            this.partnerCode = partnerCode;
            this.interchangeControl = interchangeControl;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(partnerCode, key.partnerCode)
                    && Objects.equals(interchangeControl, key.interchangeControl);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerCode, interchangeControl);
        }
    }
}

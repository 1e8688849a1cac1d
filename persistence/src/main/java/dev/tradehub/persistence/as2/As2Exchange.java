package dev.tradehub.persistence.as2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One AS2 message and its MDN. Inbound: the message a partner sent (its Message-ID) and the disposition and MIC our
 * MDN gave, so that a re-send of the same Message-ID is answered alike and not taken in again. Outbound: the message
 * we sent, the MIC the partner's MDN must return, and until when an asynchronous MDN may come.
 */
@Entity
@Table(name = "as2_exchange")
@NamedQuery(name = As2Exchange.BY_AS2_MESSAGE_ID, query = "SELECT e FROM As2Exchange e WHERE e.partnerCode ="
        + " :partner AND e.direction = :direction AND e.as2MessageId = :as2MessageId")
@NamedQuery(name = As2Exchange.MDN_OVERDUE, query = "SELECT e FROM As2Exchange e WHERE e.direction = 'OUTBOUND'"
        + " AND e.mdnAt IS NULL AND e.mdnDueAt IS NOT NULL AND e.mdnDueAt < :now ORDER BY e.mdnDueAt")
public class As2Exchange {

    public static final String BY_AS2_MESSAGE_ID = "As2Exchange.byAs2MessageId";
    public static final String MDN_OVERDUE = "As2Exchange.mdnOverdue";
    public static final String INBOUND = "INBOUND";
    public static final String OUTBOUND = "OUTBOUND";

    @Id
    @Column(name = "message_id", length = 36)
    private String messageId;

    @Column(nullable = false, length = 8)
    private String direction;

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(name = "as2_message_id", nullable = false, length = 998)
    private String as2MessageId;

    @Column(length = 200)
    private String mic;

    @Column(name = "mdn_mode", nullable = false, length = 8)
    private String mdnMode;

    @Column(name = "mdn_due_at")
    private LocalDateTime mdnDueAt;

    @Column(name = "mdn_disposition", length = 500)
    private String mdnDisposition;

    @Column(name = "mdn_message_id", length = 998)
    private String mdnMessageId;

    @Column(name = "mdn_at")
    private LocalDateTime mdnAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected As2Exchange() {
    }

    /**
     * @param messageId    the message-log id
     * @param direction    {@link #INBOUND} or {@link #OUTBOUND}
     * @param partnerCode  the partner's code
     * @param as2MessageId the AS2 Message-ID, angle brackets included
     * @param mdnMode      {@code SYNC}, {@code ASYNC} or {@code NONE}
     */
    public As2Exchange(String messageId, String direction, String partnerCode, String as2MessageId, String mdnMode,
            LocalDateTime at) {
        this.messageId = messageId;
        this.direction = direction;
        this.partnerCode = partnerCode;
        this.as2MessageId = as2MessageId;
        this.mdnMode = mdnMode;
        this.updatedAt = at;
    }

    /** A send (again): the MIC the MDN must return and until when an asynchronous one may come (null: not awaited). */
    public void sent(String mdnMode, String mic, LocalDateTime mdnDueAt, LocalDateTime at) {
        this.mdnMode = mdnMode;
        this.mic = mic;
        this.mdnDueAt = mdnDueAt;
        this.mdnDisposition = null;
        this.mdnMessageId = null;
        this.mdnAt = null;
        this.updatedAt = at;
    }

    /** The MDN of this exchange: the one we sent (inbound) or the one the partner sent (outbound). */
    public void mdn(String disposition, String mdnMessageId, String mic, LocalDateTime at) {
        this.mdnDisposition = disposition == null ? null
                : disposition.length() > 500 ? disposition.substring(0, 500) : disposition;
        this.mdnMessageId = mdnMessageId;
        if (mic != null) {
            this.mic = mic;
        }
        this.mdnAt = at;
        this.updatedAt = at;
    }

    /** No MDN is awaited any longer (it never came in time: the delivery failed and is retried). */
    public void stopAwaiting(LocalDateTime at) {
        this.mdnDueAt = null;
        this.updatedAt = at;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getDirection() {
        return direction;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public String getAs2MessageId() {
        return as2MessageId;
    }

    public String getMic() {
        return mic;
    }

    public String getMdnMode() {
        return mdnMode;
    }

    public LocalDateTime getMdnDueAt() {
        return mdnDueAt;
    }

    public String getMdnDisposition() {
        return mdnDisposition;
    }

    public String getMdnMessageId() {
        return mdnMessageId;
    }

    public LocalDateTime getMdnAt() {
        return mdnAt;
    }
}

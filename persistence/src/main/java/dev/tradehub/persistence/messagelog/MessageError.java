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

/** One categorised, located problem of a message. */
@Entity
@Table(name = "message_error")
public class MessageError {

    /** Longest text kept; longer messages (such as Odoo's) are cut with an ellipsis. */
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private LoggedMessage message;

    @Column(name = "transaction_control")
    private String transactionControl;

    @Column(nullable = false)
    private String category;

    private String segment;

    @Column(name = "segment_position")
    private Integer segmentPosition;

    @Column(name = "element_position")
    private Integer elementPosition;

    @Column(name = "component_position")
    private Integer componentPosition;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected MessageError() {
    }

    public MessageError(LoggedMessage message, String transactionControl, String category, String segment,
            Integer segmentPosition, Integer elementPosition, Integer componentPosition, String text,
            LocalDateTime createdAt) {
        this.message = message;
        this.transactionControl = transactionControl;
        this.category = category;
        this.segment = segment;
        this.segmentPosition = segmentPosition;
        this.elementPosition = elementPosition;
        this.componentPosition = componentPosition;
        this.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTransactionControl() {
        return transactionControl;
    }

    public String getCategory() {
        return category;
    }

    public String getSegment() {
        return segment;
    }

    public Integer getSegmentPosition() {
        return segmentPosition;
    }

    public Integer getElementPosition() {
        return elementPosition;
    }

    public Integer getComponentPosition() {
        return componentPosition;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}

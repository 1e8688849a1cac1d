package dev.tradehub.persistence.messagelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One transaction set of a message: its canonical form, its state and the Odoo record it became. */
@Entity
@Table(name = "message_transaction")
@SequenceGenerator(name = "tradehub_seq", sequenceName = "tradehub_seq", allocationSize = 50)
public class LoggedTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private LoggedMessage message;

    @Column(nullable = false)
    private int position;

    @Column(name = "control_number")
    private String controlNumber;

    @Column(name = "group_control")
    private String groupControl;

    @Column(name = "doc_type")
    private String docType;

    @Column(name = "doc_version")
    private String docVersion;

    @Column(name = "po_number")
    private String poNumber;

    @Lob
    private String canonical;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransactionState state;

    @Column(name = "error_category")
    private String errorCategory;

    @Column(name = "odoo_model")
    private String odooModel;

    @Column(name = "odoo_id")
    private Long odooId;

    @Column(name = "odoo_name")
    private String odooName;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected LoggedTransaction() {
    }

    public LoggedTransaction(LoggedMessage message, int position, String controlNumber, String groupControl,
            String docType, String docVersion, LocalDateTime at) {
        this.message = message;
        this.position = position;
        this.controlNumber = controlNumber;
        this.groupControl = groupControl;
        this.docType = docType;
        this.docVersion = docVersion;
        this.state = TransactionState.RECEIVED;
        this.updatedAt = at;
    }

    public void recordCanonical(String poNumber, String canonicalJson) {
        this.poNumber = poNumber;
        this.canonical = canonicalJson;
    }

    public void moveTo(TransactionState newState, String newErrorCategory, LocalDateTime at) {
        this.state = newState;
        this.errorCategory = newErrorCategory;
        this.updatedAt = at;
    }

    public void recordOdooRecord(String model, long recordId, String name) {
        this.odooModel = model;
        this.odooId = recordId;
        this.odooName = name;
    }

    public Long getId() {
        return id;
    }

    public LoggedMessage getMessage() {
        return message;
    }

    public int getPosition() {
        return position;
    }

    public String getControlNumber() {
        return controlNumber;
    }

    public String getGroupControl() {
        return groupControl;
    }

    public String getDocType() {
        return docType;
    }

    public String getDocVersion() {
        return docVersion;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public String getCanonical() {
        return canonical;
    }

    public TransactionState getState() {
        return state;
    }

    public String getErrorCategory() {
        return errorCategory;
    }

    public String getOdooModel() {
        return odooModel;
    }

    public Long getOdooId() {
        return odooId;
    }

    public String getOdooName() {
        return odooName;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}

package dev.tradehub.persistence.inventory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One inventory report of a partner, unique by partner and report id. */
@Entity
@Table(name = "inventory_report")
@SequenceGenerator(name = "tradehub_seq", sequenceName = "tradehub_seq", allocationSize = 50)
public class StoredInventoryReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(name = "report_id", nullable = false)
    private String reportId;

    @Column(name = "report_date")
    private LocalDate reportDate;

    private String reporter;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "transaction_id", nullable = false)
    private long transactionId;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<StoredInventoryQuantity> quantities = new ArrayList<>();

    protected StoredInventoryReport() {
    }

    public StoredInventoryReport(String partnerCode, String reportId, LocalDate reportDate, String reporter,
            String messageId, long transactionId, LocalDateTime receivedAt) {
        this.partnerCode = partnerCode;
        this.reportId = reportId;
        this.reportDate = reportDate;
        this.reporter = reporter;
        this.messageId = messageId;
        this.transactionId = transactionId;
        this.receivedAt = receivedAt;
    }

    public void add(StoredInventoryQuantity quantity) {
        quantities.add(quantity);
    }

    public Long getId() {
        return id;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public String getReportId() {
        return reportId;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public String getReporter() {
        return reporter;
    }

    public String getMessageId() {
        return messageId;
    }

    public long getTransactionId() {
        return transactionId;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public List<StoredInventoryQuantity> getQuantities() {
        return quantities;
    }
}

package dev.tradehub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A partner's CSV layout, as JSON. */
@Entity
@Table(name = "partner_csv_layout")
public class StoredCsvLayout {

    @Id
    @Column(name = "partner_code")
    private String partnerCode;

    @Column(nullable = false)
    private String layout;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected StoredCsvLayout() {
    }

    public StoredCsvLayout(String partnerCode, String layout, LocalDateTime updatedAt) {
        this.partnerCode = partnerCode;
        this.layout = layout;
        this.updatedAt = updatedAt;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public String getLayout() {
        return layout;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void change(String layout, LocalDateTime at) {
        this.layout = layout;
        this.updatedAt = at;
    }
}

package dev.tradehub.persistence.partner;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A trading partner, known by a short code such as {@code ACME}. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String standard;

    /** Comma-separated versions the partner sends, e.g. {@code 004010,005010}. */
    private String versions;

    @Column(name = "odoo_customer_ref")
    private String odooCustomerRef;

    @Column(nullable = false)
    private boolean active;

    /** Attempts before a message of this partner goes to the dead letter channel; null = the default. */
    @Column(name = "max_attempts")
    private Integer maxAttempts;

    /** {@code PRODUCTION} or {@code TEST}; null = production. */
    @Column(name = "mode")
    private String mode;

    /** The profile's acknowledgement and outbound settings as a JSON document, or null. */
    @Lob
    @Column(name = "settings")
    private String settings;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PartnerIdentifier> identifiers = new ArrayList<>();

    @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("buyerSku")
    private List<ItemCrossReference> crossReferences = new ArrayList<>();

    protected Partner() {
    }

    public Partner(String code, LocalDateTime createdAt) {
        this.code = code;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.active = true;
    }

    /** Replaces the partner's profile (everything but its code) as a whole. */
    public void describe(String newName, String newStandard, String newVersions, String newOdooCustomerRef,
            boolean isActive, Integer newMaxAttempts, LocalDateTime at) {
        this.name = newName;
        this.standard = newStandard;
        this.versions = newVersions;
        this.odooCustomerRef = newOdooCustomerRef;
        this.active = isActive;
        this.maxAttempts = newMaxAttempts;
        this.updatedAt = at;
    }

    /** Replaces what the partner gets from us and how. */
    public void outbound(String newMode, String newSettings) {
        this.mode = newMode;
        this.settings = newSettings;
    }

    public String getMode() {
        return mode;
    }

    public String getSettings() {
        return settings;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getStandard() {
        return standard;
    }

    public String getVersions() {
        return versions;
    }

    public String getOdooCustomerRef() {
        return odooCustomerRef;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<PartnerIdentifier> getIdentifiers() {
        return identifiers;
    }

    public List<ItemCrossReference> getCrossReferences() {
        return crossReferences;
    }
}

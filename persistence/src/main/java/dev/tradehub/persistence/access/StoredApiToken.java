package dev.tradehub.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An API token: the SHA-256 of its secret, its visible prefix, its scope (a role or one partner) and its life. */
@Entity
@Table(name = "api_token")
@SequenceGenerator(name = "tradehub_seq", sequenceName = "tradehub_seq", allocationSize = 50)
public class StoredApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private String prefix;

    @Column(nullable = false)
    private String owner;

    private String role;

    @Column(name = "partner_code")
    private String partnerCode;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "replaced_by")
    private Long replacedBy;

    protected StoredApiToken() {
    }

    public StoredApiToken(String secretHash, String prefix, String owner, String role, String partnerCode,
            LocalDateTime createdAt, String createdBy, LocalDateTime expiresAt) {
        this.secretHash = secretHash;
        this.prefix = prefix;
        this.owner = owner;
        this.role = role;
        this.partnerCode = partnerCode;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getOwner() {
        return owner;
    }

    public String getRole() {
        return role;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public void used(LocalDateTime at) {
        this.lastUsedAt = at;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public void revoke(LocalDateTime at) {
        this.revokedAt = at;
    }

    public Long getReplacedBy() {
        return replacedBy;
    }

    /** Replaced by a rotation: the token keeps working until {@code graceUntil}, if it would not expire before. */
    public void replacedBy(long successor, LocalDateTime graceUntil) {
        this.replacedBy = successor;
        if (expiresAt == null || graceUntil.isBefore(expiresAt)) {
            this.expiresAt = graceUntil;
        }
    }
}

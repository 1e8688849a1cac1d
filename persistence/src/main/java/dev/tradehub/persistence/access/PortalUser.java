package dev.tradehub.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person who signs in to the portal. The role is stored by name (VIEWER, OPERATOR, ENGINEER, ADMIN). */
@Entity
@Table(name = "portal_user")
public class PortalUser {

    @Id
    private String username;

    @Column(nullable = false)
    private String role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "password_set_at", nullable = false)
    private LocalDateTime passwordSetAt;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    protected PortalUser() {
    }

    public PortalUser(String username, String role, String passwordHash, LocalDateTime createdAt) {
        this.username = username;
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
        this.passwordSetAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPassword(String passwordHash, LocalDateTime at) {
        this.passwordHash = passwordHash;
        this.passwordSetAt = at;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** Counts a failed sign-in; {@code lockUntil} (may be null) closes the account to sign-ins until then. */
    public void failedLogin(LocalDateTime lockUntil) {
        failedLogins++;
        if (lockUntil != null) {
            lockedUntil = lockUntil;
        }
    }

    public void loggedIn(LocalDateTime at) {
        unlock();
        lastLoginAt = at;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getPasswordSetAt() {
        return passwordSetAt;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }
}

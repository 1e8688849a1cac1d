package dev.tradehub.access;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    USER_CREATED,
    USER_CHANGED,
    PASSWORD_CHANGED,
    TOKEN_ISSUED,
    TOKEN_ROTATED,
    TOKEN_REVOKED,
    PARTNER_SAVED,
    CSV_LAYOUT_SAVED,
    CROSS_REFERENCES_IMPORTED,
    MESSAGE_REPLAYED,
    MESSAGES_REPLAYED,
    SETTINGS_CHANGED
}

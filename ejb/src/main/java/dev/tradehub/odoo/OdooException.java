package dev.tradehub.odoo;

/**
 * Odoo answered with an error, or could not be reached. Carries Odoo's own words.
 */
public class OdooException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the caller should treat the failure. */
    public enum Kind {
        /** Odoo unreachable, timeout, 429/502/503/504, a server error that is not a business error: try again later. */
        TRANSIENT,
        /** Odoo refused the request for business reasons (UserError, ValidationError, 4xx): do not retry as is. */
        REJECTED,
        /** The credentials are wrong or lack the rights (401, AccessDenied, AccessError). */
        AUTHENTICATION
    }

    private final Kind kind;
    private final String errorName;
    private final int httpStatus;

    /**
     * @param kind       how to treat it
     * @param errorName  Odoo's exception class, e.g. {@code odoo.exceptions.ValidationError}, or null
     * @param message    Odoo's own message (or the transport's, when Odoo did not answer)
     * @param httpStatus the HTTP status, 0 when there was no HTTP answer
     * @param cause      the underlying I/O failure, or null
     */
    public OdooException(Kind kind, String errorName, String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.errorName = errorName;
        this.httpStatus = httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    public String errorName() {
        return errorName;
    }

    public int httpStatus() {
        return httpStatus;
    }
}

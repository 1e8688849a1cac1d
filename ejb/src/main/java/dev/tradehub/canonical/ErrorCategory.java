package dev.tradehub.canonical;

/**
 * The public error categories: the API, the admin UI, metrics and acknowledgements speak these.
 */
public enum ErrorCategory {
    /** Interchange or functional group envelope broken: ISA width, control numbers, counts, trailers. */
    ENVELOPE,
    /** Segment level: SE/UNT counts, unknown segment, bad delimiters. */
    SYNTAX,
    MISSING_MANDATORY,
    /** Dates, numbers, codes. */
    INVALID_VALUE,
    UNKNOWN_PARTNER,
    /** Same interchange from the same sender, or the same purchase order already in Odoo. */
    DUPLICATE,
    /** A cross-reference is missing: unknown product, unit of measure, ship-to, customer. */
    MAPPING,
    /** Odoo refused the call: 4xx, UserError, ValidationError. */
    ODOO_REJECTED,
    /** The partner's acknowledgement rejected one of our documents, or noted errors in it. */
    REJECTED_BY_PARTNER,
    /** A partner's acknowledgement that answers nothing we sent: kept, and shown for a person to look at. */
    UNMATCHED_ACKNOWLEDGEMENT,
    /**
     * A channel failed: delivery to the partner, or a transmission from it that could not be taken in as sent (a
     * bad AS2 signature, a message that cannot be decrypted, a file that cannot be read).
     */
    TRANSPORT
}

package dev.tradehub.translation;

/** The EDI standard an interchange is written in. */
public enum Standard {
    X12,
    EDIFACT,
    /** The payload is neither: it could not be identified. */
    UNKNOWN
}

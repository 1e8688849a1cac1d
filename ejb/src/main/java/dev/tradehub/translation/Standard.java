package dev.tradehub.translation;

/** The EDI standard an interchange is written in. */
public enum Standard {
    X12,
    EDIFACT,
    /** A canonical order as JSON (the BRIEF's field names), without an envelope: the channel names the partner. */
    JSON,
    /** The payload is neither: it could not be identified. */
    UNKNOWN
}

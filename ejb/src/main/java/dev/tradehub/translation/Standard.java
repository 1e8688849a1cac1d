package dev.tradehub.translation;

/** The EDI standard an interchange is written in. */
public enum Standard {
    X12,
    EDIFACT,
    /** A canonical order as JSON (the BRIEF's field names), without an envelope: the channel names the partner. */
    JSON,
    /** Orders as CSV rows in a partner's column layout, without an envelope: the channel names the partner. */
    CSV,
    /** The payload is neither: it could not be identified. */
    UNKNOWN;

    /** Whether the interchange names its sender and receiver (X12, EDIFACT); else the channel names the partner. */
    public boolean hasEnvelope() {
        return this == X12 || this == EDIFACT;
    }
}

package dev.tradehub.acknowledgement;

/** The verdict on one level of an interchange (X12 AK5/IK5/AK9/TA1, EDIFACT action codes). */
public enum AcknowledgementCode {
    ACCEPTED,
    /** Accepted, with errors noted (X12 E). */
    ACCEPTED_WITH_ERRORS,
    /** A group of which some transaction sets are accepted and others rejected (X12 AK9 P). */
    PARTIALLY_ACCEPTED,
    REJECTED
}

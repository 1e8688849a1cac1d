package dev.tradehub.canonical;

/**
 * What exactly is wrong at an error's location, in the syntax vocabulary both EDI standards share: the detail a
 * functional acknowledgement reports (X12 AK3/AK4 and IK3/IK4, EDIFACT UCS/UCD) and an operator can filter on.
 * The category says which kind of problem it is; the reason, where known, says which one.
 */
public enum ErrorReason {
    // --- a segment --------------------------------------------------------------------------------------------
    /** A segment tag the standard does not know. */
    UNRECOGNIZED_SEGMENT,
    /** A known segment where the transaction's structure has no place for it. */
    UNEXPECTED_SEGMENT,
    /** A mandatory segment is absent. */
    MANDATORY_SEGMENT_MISSING,
    /** A loop repeats more often than allowed. */
    LOOP_OVER_MAXIMUM,
    /** A segment repeats more often than allowed. */
    SEGMENT_OVER_MAXIMUM_USE,
    /** A segment that is not part of this transaction type. */
    SEGMENT_NOT_IN_TRANSACTION,
    /** A segment out of its order. */
    SEGMENT_OUT_OF_SEQUENCE,

    // --- an element --------------------------------------------------------------------------------------------
    MANDATORY_ELEMENT_MISSING,
    /** An element required by another element's presence is absent. */
    CONDITIONAL_ELEMENT_MISSING,
    TOO_MANY_ELEMENTS,
    VALUE_TOO_SHORT,
    VALUE_TOO_LONG,
    /** Characters the element's type does not allow (letters in a number, for instance). */
    INVALID_CHARACTER,
    /** A code outside the element's list. */
    INVALID_CODE,
    INVALID_DATE,
    INVALID_TIME,
    /** Two elements that exclude each other are both present. */
    EXCLUSION_VIOLATED,
    TOO_MANY_REPETITIONS,
    TOO_MANY_COMPONENTS,

    // --- the envelope ------------------------------------------------------------------------------------------
    /** A trailer's control number differs from its header's. */
    CONTROL_NUMBER_MISMATCH,
    /** A trailer's count differs from what was sent. */
    COUNT_MISMATCH,
    /** A trailer is absent (the payload ends early). */
    TRAILER_MISSING,
    /** The interchange header cannot be read (X12: the fixed-width ISA; EDIFACT: UNA/UNB). */
    HEADER_UNREADABLE;

    /** Whether the reason is about an element (rather than a segment or the envelope). */
    public boolean elementLevel() {
        return ordinal() >= MANDATORY_ELEMENT_MISSING.ordinal() && ordinal() <= TOO_MANY_COMPONENTS.ordinal();
    }
}

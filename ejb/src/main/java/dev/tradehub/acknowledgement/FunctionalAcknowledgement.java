package dev.tradehub.acknowledgement;

import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;
import java.util.List;

/**
 * The answer to one received interchange, level by level: the interchange itself (what a TA1 or a CONTRL's UCI
 * says), each functional group (X12 AK1..AK9), each transaction set or message in it (AK2..AK5, UCM) with the
 * located segment and element errors (AK3/AK4, IK3/IK4, UCS/UCD).
 *
 * @param standard           the standard of the acknowledged interchange
 * @param syntaxVersion      its version as its header says it: ISA12 ({@code 00401}) or UNB 0001:0002 ({@code UNOC:3})
 * @param interchangeControl ISA13 or UNB 0020 of the acknowledged interchange
 * @param sender             who sent it (we answer to them)
 * @param receiver           to whom it was addressed (us, as they know us)
 * @param preparedAt         its date and time as sent (ISO-8601), or null
 * @param interchangeCode    the verdict on the interchange envelope
 * @param interchangeErrors  why, when the envelope itself is at fault
 * @param groups             the functional groups (X12; EDIFACT with UNG)
 * @param messages           EDIFACT messages outside any group
 */
public record FunctionalAcknowledgement(
        Standard standard,
        String syntaxVersion,
        String interchangeControl,
        PartyId sender,
        PartyId receiver,
        String preparedAt,
        AcknowledgementCode interchangeCode,
        List<ErrorReason> interchangeErrors,
        List<GroupResponse> groups,
        List<SetResponse> messages) {

    public FunctionalAcknowledgement {
        interchangeErrors = List.copyOf(interchangeErrors);
        groups = List.copyOf(groups);
        messages = List.copyOf(messages);
    }

    /**
     * The answer to one functional group.
     *
     * @param functionalId  GS01 / UNG 0038
     * @param controlNumber GS06 / UNG 0048
     * @param version       GS08, or null
     * @param code          accepted, accepted with errors, partially accepted or rejected
     * @param included      the count the group trailer states (GE01), or null when it could not be read
     * @param received      the transaction sets received
     * @param accepted      the transaction sets accepted
     * @param errors        what is wrong with the group's envelope
     * @param sets          the answers to its transaction sets
     */
    public record GroupResponse(String functionalId, String controlNumber, String version, AcknowledgementCode code,
            Integer included, int received, int accepted, List<ErrorReason> errors, List<SetResponse> sets) {

        public GroupResponse {
            errors = List.copyOf(errors);
            sets = List.copyOf(sets);
        }
    }

    /**
     * The answer to one transaction set (X12) or message (EDIFACT).
     *
     * @param docType       ST01 / UNH 0065
     * @param controlNumber ST02 / UNH 0062
     * @param version       the version it was sent in (GS08, or UNH 0052+0054), or null
     * @param code          accepted, accepted with errors or rejected
     * @param errors        what is wrong with the set as a whole (not supported, trailer missing, counts ...)
     * @param segments      the segments in error, in document order
     */
    public record SetResponse(String docType, String controlNumber, String version, AcknowledgementCode code,
            List<SetError> errors, List<SegmentNote> segments) {

        public SetResponse {
            errors = List.copyOf(errors);
            segments = List.copyOf(segments);
        }
    }

    /** What is wrong with a transaction set as a whole (X12 AK502, EDIFACT UCM 0085). */
    public enum SetError {
        NOT_SUPPORTED, TRAILER_MISSING, CONTROL_NUMBER_MISMATCH, SEGMENT_COUNT_MISMATCH, SEGMENTS_IN_ERROR
    }

    /**
     * A segment in error (X12 AK3/IK3, EDIFACT UCS).
     *
     * @param tag           the segment's tag
     * @param positionInSet its position counted from the set's header (ST/UNH = 1)
     * @param reason        what is wrong with the segment itself, or null when only its elements are
     * @param elements      its elements in error
     */
    public record SegmentNote(String tag, Integer positionInSet, ErrorReason reason, List<ElementNote> elements) {

        public SegmentNote {
            elements = List.copyOf(elements);
        }
    }

    /**
     * An element in error (X12 AK4/IK4, EDIFACT UCD).
     *
     * @param position  the element's position in its segment
     * @param component the component's position, or null
     * @param reason    what is wrong with it
     */
    public record ElementNote(int position, Integer component, ErrorReason reason) {
    }
}

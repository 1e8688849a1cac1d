package dev.tradehub.acknowledgement.x12;

import dev.tradehub.acknowledgement.AcknowledgementCode;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.ElementNote;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.GroupResponse;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.SegmentNote;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.SetError;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.SetResponse;
import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundSegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A functional acknowledgement as X12 says it: a 997 (AK1/AK2/AK3/AK4/AK5/AK9) or a 999 (AK1/AK2/IK3/IK4/IK5/AK9)
 * per functional group received, in FA groups of the acknowledged groups' version, and a TA1 for the interchange.
 * Codes are X12's (AK304 and IK304 segment syntax errors, AK403 and IK403 element syntax errors, AK502 and IK502
 * transaction set errors, AK905 group errors, TA105 interchange notes).
 */
public final class X12Acknowledgements {

    /** Which functional acknowledgement a partner gets. */
    public enum Type {
        /** 997 for groups of version 004010 and earlier, 999 for 005010 and later. */
        BY_VERSION,
        /** Always a 997. */
        X997,
        /** Always a 999. */
        X999
    }

    /** The 999's implementation guide (ST03 and the FA group's GS08). */
    static final String X999_IMPLEMENTATION = "005010X231A1";
    /** At most five codes in AK502..AK506 and AK905..AK909. */
    private static final int MAX_CODES = 5;

    private X12Acknowledgements() {
    }

    /**
     * The content of the acknowledging interchange.
     *
     * @param withTa1 whether a TA1 goes first (ISA14 asked for it, or the partner's profile says always, or the
     *                envelope was broken and the profile says on error)
     */
    public static OutboundContent content(FunctionalAcknowledgement ack, Type type, boolean withTa1) {
        List<OutboundSegment> interchangeSegments = withTa1 ? List.of(ta1(ack, false)) : List.of();
        Map<String, List<OutboundContent.Transaction>> byVersion = new LinkedHashMap<>();
        for (GroupResponse group : ack.groups()) {
            if ("FA".equals(group.functionalId())) {
                continue; // acknowledgements are not acknowledged
            }
            boolean x999 = type == Type.X999 || type == Type.BY_VERSION && group.version() != null
                    && group.version().compareTo("005010") >= 0;
            String faVersion = x999 ? X999_IMPLEMENTATION : group.version() == null ? "004010" : group.version();
            byVersion.computeIfAbsent(faVersion, v -> new ArrayList<>()).add(x999
                    ? new OutboundContent.Transaction("999", X999_IMPLEMENTATION, body999(group))
                    : new OutboundContent.Transaction("997", null, body997(group)));
        }
        List<OutboundContent.Group> groups = new ArrayList<>();
        byVersion.forEach((version, sets) -> groups.add(new OutboundContent.Group("FA", version, sets)));
        return new OutboundContent(interchangeSegments, groups);
    }

    /** The interchange acknowledgement: TA101-TA105 (a duplicate interchange is noted as such, code 025). */
    public static OutboundSegment ta1(FunctionalAcknowledgement ack, boolean duplicate) {
        String preparedAt = ack.preparedAt();
        String date = preparedAt != null && preparedAt.length() >= 10
                ? preparedAt.substring(2, 4) + preparedAt.substring(5, 7) + preparedAt.substring(8, 10) : "000101";
        String time = preparedAt != null && preparedAt.length() >= 16
                ? preparedAt.substring(11, 13) + preparedAt.substring(14, 16) : "0000";
        String note = duplicate ? "025" : ack.interchangeErrors().isEmpty() ? "000" : ta1Note(ack.interchangeErrors().get(0));
        String code = ack.interchangeCode() == AcknowledgementCode.REJECTED ? "R" : duplicate ? "E" : "A";
        return OutboundSegment.of("TA1", ack.interchangeControl(), date, time, code, note);
    }

    private static List<OutboundSegment> body997(GroupResponse group) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.of("AK1", group.functionalId(), group.controlNumber()));
        for (SetResponse set : group.sets()) {
            body.add(OutboundSegment.of("AK2", set.docType(), set.controlNumber()));
            for (SegmentNote segment : set.segments()) {
                body.add(OutboundSegment.of("AK3", segment.tag(), position(segment), null, segmentCode(segment)));
                for (ElementNote element : segment.elements()) {
                    body.add(OutboundSegment.builder("AK4").composite(Integer.toString(element.position()),
                            element.component() == null ? null : element.component().toString())
                            .element(null).element(elementCode(element.reason())).build());
                }
            }
            body.add(setTrailer("AK5", set));
        }
        body.add(groupTrailer(group));
        return body;
    }

    private static List<OutboundSegment> body999(GroupResponse group) {
        List<OutboundSegment> body = new ArrayList<>();
        body.add(OutboundSegment.of("AK1", group.functionalId(), group.controlNumber(), group.version()));
        for (SetResponse set : group.sets()) {
            body.add(OutboundSegment.of("AK2", set.docType(), set.controlNumber()));
            for (SegmentNote segment : set.segments()) {
                body.add(OutboundSegment.of("IK3", segment.tag(), position(segment), null, segmentCode(segment)));
                for (ElementNote element : segment.elements()) {
                    body.add(OutboundSegment.builder("IK4").composite(Integer.toString(element.position()),
                            element.component() == null ? null : element.component().toString())
                            .element(null).element(elementCode(element.reason())).build());
                }
            }
            body.add(setTrailer("IK5", set));
        }
        body.add(groupTrailer(group));
        return body;
    }

    private static OutboundSegment setTrailer(String tag, SetResponse set) {
        List<String> elements = new ArrayList<>();
        elements.add(set.code() == AcknowledgementCode.ACCEPTED ? "A"
                : set.code() == AcknowledgementCode.ACCEPTED_WITH_ERRORS ? "E" : "R");
        set.errors().stream().limit(MAX_CODES).map(X12Acknowledgements::setCode).forEach(elements::add);
        return OutboundSegment.of(tag, elements.toArray(String[]::new));
    }

    private static OutboundSegment groupTrailer(GroupResponse group) {
        List<String> elements = new ArrayList<>();
        elements.add(switch (group.code()) {
            case ACCEPTED -> "A";
            case ACCEPTED_WITH_ERRORS -> "E";
            case PARTIALLY_ACCEPTED -> "P";
            case REJECTED -> "R";
        });
        elements.add(Integer.toString(group.included() != null ? group.included() : group.received()));
        elements.add(Integer.toString(group.received()));
        elements.add(Integer.toString(group.accepted()));
        group.errors().stream().map(X12Acknowledgements::groupCode).filter(code -> code != null).distinct()
                .limit(MAX_CODES).forEach(elements::add);
        return OutboundSegment.of("AK9", elements.toArray(String[]::new));
    }

    /** AK302 / IK302: where the set's body begins when the position is unknown (a segment that is missing). */
    private static String position(SegmentNote segment) {
        return Integer.toString(segment.positionInSet() != null ? segment.positionInSet() : 2);
    }

    /** AK304 / IK304. */
    static String segmentCode(SegmentNote segment) {
        ErrorReason reason = segment.reason();
        if (reason == null) {
            return "8"; // segment has data element errors
        }
        return switch (reason) {
            case UNRECOGNIZED_SEGMENT -> "1";
            case UNEXPECTED_SEGMENT -> "2";
            case MANDATORY_SEGMENT_MISSING -> "3";
            case LOOP_OVER_MAXIMUM -> "4";
            case SEGMENT_OVER_MAXIMUM_USE -> "5";
            case SEGMENT_NOT_IN_TRANSACTION -> "6";
            case SEGMENT_OUT_OF_SEQUENCE -> "7";
            default -> "8";
        };
    }

    /** AK403 / IK403. */
    static String elementCode(ErrorReason reason) {
        return switch (reason) {
            case MANDATORY_ELEMENT_MISSING -> "1";
            case CONDITIONAL_ELEMENT_MISSING -> "2";
            case TOO_MANY_ELEMENTS -> "3";
            case VALUE_TOO_SHORT -> "4";
            case VALUE_TOO_LONG -> "5";
            case INVALID_CHARACTER -> "6";
            case INVALID_DATE -> "8";
            case INVALID_TIME -> "9";
            case EXCLUSION_VIOLATED -> "10";
            case TOO_MANY_REPETITIONS -> "12";
            case TOO_MANY_COMPONENTS -> "13";
            default -> "7"; // invalid code value
        };
    }

    /** AK502 / IK502. */
    static String setCode(SetError error) {
        return switch (error) {
            case NOT_SUPPORTED -> "1";
            case TRAILER_MISSING -> "2";
            case CONTROL_NUMBER_MISMATCH -> "3";
            case SEGMENT_COUNT_MISMATCH -> "4";
            case SEGMENTS_IN_ERROR -> "5";
        };
    }

    /** AK905: a group's envelope error, or null for reasons that are not about the group envelope. */
    static String groupCode(ErrorReason reason) {
        return switch (reason) {
            case TRAILER_MISSING -> "3";
            case CONTROL_NUMBER_MISMATCH -> "4";
            case COUNT_MISMATCH -> "5";
            default -> null;
        };
    }

    /** TA105. */
    static String ta1Note(ErrorReason reason) {
        return switch (reason) {
            case CONTROL_NUMBER_MISMATCH -> "001";
            case COUNT_MISMATCH -> "021";
            case TRAILER_MISSING -> "023";
            default -> "022"; // invalid control structure
        };
    }
}

package dev.tradehub.acknowledgement.edifact;

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
import java.util.List;

/**
 * A functional acknowledgement as EDIFACT says it: one CONTRL message per interchange received, with UCI for the
 * interchange, UCF for each functional group, UCM for each message, UCS for each segment in error and UCD for each
 * element in error under it. Action codes (0083): 7 acknowledged (what is not explicitly rejected is accepted), 4
 * rejected; syntax error codes (0085) are ISO 9735's. The CONTRL's version follows the acknowledged syntax version
 * (D:3 for syntax 3, 4:1 for syntax 4).
 */
public final class EdifactAcknowledgements {

    private static final String ACKNOWLEDGED = "7";
    private static final String REJECTED = "4";

    private EdifactAcknowledgements() {
    }

    /** The content of the acknowledging interchange: one CONTRL message. */
    public static OutboundContent content(FunctionalAcknowledgement ack) {
        return new OutboundContent(List.of(), List.of(new OutboundContent.Group(null, null,
                List.of(new OutboundContent.Transaction("CONTRL", contrlVersion(ack.syntaxVersion()), body(ack))))));
    }

    /** The CONTRL message's version, release and agency for the acknowledged syntax version. */
    static String contrlVersion(String syntaxVersion) {
        String version = syntaxVersion == null || !syntaxVersion.contains(":") ? "3"
                : syntaxVersion.substring(syntaxVersion.indexOf(':') + 1);
        return version.compareTo("4") >= 0 ? "4:1:UN" : "D:3:UN";
    }

    static List<OutboundSegment> body(FunctionalAcknowledgement ack) {
        List<OutboundSegment> body = new ArrayList<>();
        OutboundSegment.Builder uci = OutboundSegment.builder("UCI").element(ack.interchangeControl())
                .composite(ack.sender().id(), ack.sender().qualifier())
                .composite(ack.receiver().id(), ack.receiver().qualifier())
                .element(ack.interchangeCode() == AcknowledgementCode.REJECTED ? REJECTED : ACKNOWLEDGED);
        if (!ack.interchangeErrors().isEmpty()) {
            uci.element(syntaxCode(ack.interchangeErrors().get(0)));
        }
        body.add(uci.build());
        for (GroupResponse group : ack.groups()) {
            OutboundSegment.Builder ucf = OutboundSegment.builder("UCF").element(group.controlNumber())
                    .composite(null).composite(null)
                    .element(group.code() == AcknowledgementCode.REJECTED ? REJECTED : ACKNOWLEDGED);
            if (!group.errors().isEmpty()) {
                ucf.element(syntaxCode(group.errors().get(0)));
            }
            body.add(ucf.build());
            group.sets().forEach(set -> message(body, set));
        }
        ack.messages().forEach(message -> message(body, message));
        return body;
    }

    private static void message(List<OutboundSegment> body, SetResponse message) {
        String[] version = message.version() == null ? new String[0] : splitVersion(message.version());
        OutboundSegment.Builder ucm = OutboundSegment.builder("UCM").element(message.controlNumber())
                .composite(message.docType(), version.length > 0 ? version[0] : null,
                        version.length > 1 ? version[1] : null, "UN")
                .element(message.code() == AcknowledgementCode.REJECTED ? REJECTED : ACKNOWLEDGED);
        message.errors().stream().map(EdifactAcknowledgements::messageCode).filter(code -> code != null).findFirst()
                .ifPresent(ucm::element);
        body.add(ucm.build());
        for (SegmentNote segment : message.segments()) {
            body.add(OutboundSegment.of("UCS", Integer.toString(segment.positionInSet() != null
                    ? segment.positionInSet() : 2), segment.reason() == null ? null : syntaxCode(segment.reason())));
            for (ElementNote element : segment.elements()) {
                body.add(OutboundSegment.builder("UCD").element(syntaxCode(element.reason()))
                        .composite(Integer.toString(element.position()),
                                element.component() == null ? null : element.component().toString()).build());
            }
        }
    }

    /** {@code D96A} -> {@code D}, {@code 96A}: UNH 0052 and 0054 as the message was sent. */
    private static String[] splitVersion(String version) {
        return version.length() > 1 ? new String[] {version.substring(0, 1), version.substring(1)}
                : new String[] {version};
    }

    /** ISO 9735 syntax error code (0085) of a finding. */
    static String syntaxCode(ErrorReason reason) {
        return switch (reason) {
            case MANDATORY_SEGMENT_MISSING, MANDATORY_ELEMENT_MISSING, CONDITIONAL_ELEMENT_MISSING, TRAILER_MISSING ->
                    "13"; // missing
            case UNRECOGNIZED_SEGMENT, UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_TRANSACTION, SEGMENT_OUT_OF_SEQUENCE ->
                    "15"; // not supported in this position
            case SEGMENT_OVER_MAXIMUM_USE, TOO_MANY_REPETITIONS -> "35"; // too many repetitions
            case LOOP_OVER_MAXIMUM -> "36"; // too many segment group repetitions
            case TOO_MANY_ELEMENTS, TOO_MANY_COMPONENTS -> "16"; // too many constituents
            case VALUE_TOO_LONG -> "39";
            case VALUE_TOO_SHORT -> "40";
            case INVALID_CHARACTER -> "37"; // invalid type of characters
            case INVALID_CODE, INVALID_DATE, INVALID_TIME -> "12"; // invalid value
            case CONTROL_NUMBER_MISMATCH -> "28"; // references do not match
            case COUNT_MISMATCH -> "29"; // control count does not match
            case HEADER_UNREADABLE -> "22"; // invalid service characters
            case EXCLUSION_VIOLATED -> "18"; // unspecified error
        };
    }

    /** The code a message's own problem carries in UCM, or null (its segments carry the detail). */
    static String messageCode(SetError error) {
        return switch (error) {
            case NOT_SUPPORTED -> "17"; // no agreement
            case TRAILER_MISSING -> "13";
            case CONTROL_NUMBER_MISMATCH -> "28";
            case SEGMENT_COUNT_MISMATCH -> "29";
            case SEGMENTS_IN_ERROR -> null;
        };
    }
}

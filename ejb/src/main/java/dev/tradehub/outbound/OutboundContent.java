package dev.tradehub.outbound;

import java.util.List;

/**
 * What goes inside an outbound interchange, before envelopes and control numbers: segments that stand at the
 * interchange level (an X12 TA1) and the functional groups with their transaction sets.
 *
 * @param interchangeSegments segments directly inside the interchange, before any group (TA1)
 * @param groups              the functional groups; EDIFACT messages without UNG go in one group whose
 *                            functional ID is null
 */
public record OutboundContent(List<OutboundSegment> interchangeSegments, List<Group> groups) {

    public OutboundContent {
        interchangeSegments = List.copyOf(interchangeSegments);
        groups = List.copyOf(groups);
    }

    /**
     * One document alone in its interchange: an X12 set in a group of {@code functionalId} and {@code version}, or an
     * EDIFACT message (functional ID and version null) of {@code implementation} ({@code D:96A:UN}).
     */
    public static OutboundContent single(String functionalId, String version, String type, String implementation,
            List<OutboundSegment> body) {
        return new OutboundContent(List.of(), List.of(new Group(functionalId, version,
                List.of(new Transaction(type, implementation, body)))));
    }

    /**
     * One functional group.
     *
     * @param functionalId GS01 (e.g. {@code FA} for acknowledgements), or null for EDIFACT messages without UNG
     * @param version      GS08 (e.g. {@code 004010}), or null
     * @param sets         its transaction sets
     */
    public record Group(String functionalId, String version, List<Transaction> sets) {
        public Group {
            sets = List.copyOf(sets);
        }
    }

    /**
     * One transaction set (X12) or message (EDIFACT) without its header and trailer.
     *
     * @param type           ST01 (e.g. {@code 997}) or UNH 0065 (e.g. {@code CONTRL})
     * @param implementation X12 ST03 (005010 implementation reference, e.g. {@code 005010X231A1}) or EDIFACT's
     *                       message version:release:agency (e.g. {@code 3:2:UN} for CONTRL), or null
     * @param body           the segments between the header and the trailer
     */
    public record Transaction(String type, String implementation, List<OutboundSegment> body) {
        public Transaction {
            body = List.copyOf(body);
        }
    }
}

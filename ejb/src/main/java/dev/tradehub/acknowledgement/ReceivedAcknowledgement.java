package dev.tradehub.acknowledgement;

import dev.tradehub.translation.Standard;
import java.util.List;

/**
 * A partner's acknowledgement of what we sent, standard-neutral: what an inbound TA1, 997, 999 or CONTRL says about
 * which of our interchanges, groups and transaction sets, and why it rejects or notes errors. The reconciler matches
 * it to the outbound message log by these control numbers.
 *
 * @param standard     X12 or EDIFACT
 * @param interchanges the verdicts on whole interchanges (each TA1; a CONTRL's UCI)
 * @param groups       the verdicts on functional groups (each 997/999 AK1..AK9; a CONTRL's UCF, or for a CONTRL
 *                     without UCF, one group of null control number holding its UCMs)
 */
public record ReceivedAcknowledgement(Standard standard, List<InterchangeVerdict> interchanges,
        List<GroupVerdict> groups) {

    public ReceivedAcknowledgement {
        interchanges = List.copyOf(interchanges);
        groups = List.copyOf(groups);
    }

    /**
     * What the partner says of one of our interchanges.
     *
     * @param controlNumber the acknowledged interchange's control number (TA101, UCI 0020), as sent
     * @param code          accepted, accepted with errors, or rejected (TA104 A/E/R; UCI 0083 7/4)
     * @param errors        the reasons given, as sentences that carry the standard's code (TA105, UCI 0085)
     */
    public record InterchangeVerdict(String controlNumber, AcknowledgementCode code, List<String> errors) {

        public InterchangeVerdict {
            errors = List.copyOf(errors);
        }
    }

    /**
     * What the partner says of one of our functional groups.
     *
     * @param functionalId  AK101 (EDIFACT's UCF carries none: null)
     * @param controlNumber AK102 / UCF 0048, or null
     * @param code          AK901 (A, E, P, R) or UCF 0083
     * @param included      AK902, or null
     * @param received      AK903, or null
     * @param accepted      AK904, or null
     * @param errors        AK905..AK909 as sentences
     * @param sets          the verdicts on transaction sets (AK2..AK5 / IK5; UCM)
     */
    public record GroupVerdict(String functionalId, String controlNumber, AcknowledgementCode code, Integer included,
            Integer received, Integer accepted, List<String> errors, List<SetVerdict> sets) {

        public GroupVerdict {
            errors = List.copyOf(errors);
            sets = List.copyOf(sets);
        }
    }

    /**
     * What the partner says of one of our transaction sets or messages.
     *
     * @param docType       AK201 / UCM 0065
     * @param controlNumber AK202 / UCM 0062
     * @param code          AK501 / IK501 (A, E, M, R, W, X) or UCM 0083
     * @param errors        every reported problem as a sentence with its location and the standard's code, e.g.
     *                      {@code "segment N1 at position 5, element 2: mandatory data element missing (AK403 1)"}
     */
    public record SetVerdict(String docType, String controlNumber, AcknowledgementCode code, List<String> errors) {

        public SetVerdict {
            errors = List.copyOf(errors);
        }
    }
}

package dev.tradehub.acknowledgement.reading;

import dev.tradehub.acknowledgement.AcknowledgementCode;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.GroupVerdict;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.InterchangeVerdict;
import dev.tradehub.acknowledgement.ReceivedAcknowledgement.SetVerdict;
import dev.tradehub.translation.Standard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one standard's acknowledgement segments say, gathered segment by segment. The verdicts of an
 * acknowledgement set or message count only once its trailer is read: a payload that breaks off in the middle
 * gives the complete ones only. Single use, not thread-safe.
 */
abstract class AcknowledgementParser {

    /** A group verdict being read. */
    static final class GroupDraft {
        final String functionalId;
        final String controlNumber;
        final List<String> errors = new ArrayList<>(0);
        final List<SetDraft> sets = new ArrayList<>();
        AcknowledgementCode code;
        Integer included;
        Integer received;
        Integer accepted;

        GroupDraft(String functionalId, String controlNumber, AcknowledgementCode code) {
            this.functionalId = functionalId;
            this.controlNumber = controlNumber;
            this.code = code;
        }

        SetDraft set(String docType, String controlNumber, AcknowledgementCode code) {
            SetDraft set = new SetDraft(docType, controlNumber, code);
            sets.add(set);
            return set;
        }

        GroupVerdict build() {
            return new GroupVerdict(functionalId, controlNumber, code, included, received, accepted, errors,
                    sets.stream().map(SetDraft::build).toList());
        }
    }

    /** A set verdict being read. */
    static final class SetDraft {
        final String docType;
        final String controlNumber;
        final List<String> errors = new ArrayList<>(0);
        AcknowledgementCode code;

        SetDraft(String docType, String controlNumber, AcknowledgementCode code) {
            this.docType = docType;
            this.controlNumber = controlNumber;
            this.code = code;
        }

        SetVerdict build() {
            return new SetVerdict(docType, controlNumber, code, errors);
        }
    }

    private final List<InterchangeVerdict> interchanges = new ArrayList<>();
    private final List<GroupVerdict> groups = new ArrayList<>();
    private final List<GroupDraft> open = new ArrayList<>();

    abstract Standard standard();

    /** Handles the segment just read (the instance is reused for the next one). */
    abstract void segment(Fields segment);

    final void interchange(InterchangeVerdict verdict) {
        interchanges.add(verdict);
    }

    /** Opens a group verdict of the acknowledgement being read. */
    final GroupDraft group(String functionalId, String controlNumber, AcknowledgementCode code) {
        GroupDraft group = new GroupDraft(functionalId, controlNumber, code);
        open.add(group);
        return group;
    }

    /** The acknowledgement being read is complete: its group verdicts count. */
    final void commit() {
        open.forEach(group -> groups.add(group.build()));
        open.clear();
    }

    /** The acknowledgement being read is abandoned (the next header came before its trailer). */
    final void discard() {
        open.clear();
    }

    final Optional<ReceivedAcknowledgement> result() {
        return interchanges.isEmpty() && groups.isEmpty() ? Optional.empty()
                : Optional.of(new ReceivedAcknowledgement(standard(), interchanges, groups));
    }

    static void add(List<String> errors, String sentence) {
        if (sentence != null) {
            errors.add(sentence);
        }
    }
}

package dev.tradehub.acknowledgement;

import dev.tradehub.acknowledgement.FunctionalAcknowledgement.ElementNote;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.GroupResponse;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.SegmentNote;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.SetError;
import dev.tradehub.acknowledgement.FunctionalAcknowledgement.SetResponse;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.canonical.Location;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.FunctionalGroup;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.TransactionSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Translator from what translation found in an interchange to the functional acknowledgement that answers it. Only
 * syntax findings are acknowledged (an unknown product or Odoo's refusal is a business matter, answered by later
 * documents such as an 855); a set of a type TradeHub does not process is answered as not supported. Stateless.
 */
public final class AcknowledgementBuilder {

    /** The trailers whose findings concern the set, the group or the interchange as a whole, not a segment. */
    private static final Set<String> SET_TRAILERS = Set.of("SE", "UNT");

    private AcknowledgementBuilder() {
    }

    public static FunctionalAcknowledgement of(Interchange interchange) {
        Map<DocumentError, Boolean> groupLevel = new IdentityHashMap<>();
        interchange.groups().forEach(group -> group.errors().forEach(error -> groupLevel.put(error, true)));
        List<ErrorReason> envelopeErrors = interchange.errors().stream()
                .filter(error -> !groupLevel.containsKey(error))
                .map(error -> error.reason() != null ? error.reason() : ErrorReason.HEADER_UNREADABLE)
                .distinct().toList();
        List<GroupResponse> groups = interchange.groups().stream().map(AcknowledgementBuilder::group).toList();
        Map<TransactionSet, Boolean> grouped = new IdentityHashMap<>();
        interchange.groups().forEach(group -> group.transactionSets().forEach(set -> grouped.put(set, true)));
        List<SetResponse> messages = interchange.transactionSets().stream().filter(set -> !grouped.containsKey(set))
                .map(AcknowledgementBuilder::set).toList();
        var envelope = interchange.envelope();
        return new FunctionalAcknowledgement(envelope.standard(), envelope.version(), envelope.interchangeControl(),
                envelope.sender(), envelope.receiver(), envelope.preparedAt(),
                envelopeErrors.isEmpty() ? AcknowledgementCode.ACCEPTED : AcknowledgementCode.REJECTED,
                envelopeErrors, groups, messages);
    }

    private static GroupResponse group(FunctionalGroup group) {
        List<SetResponse> sets = group.transactionSets().stream().map(AcknowledgementBuilder::set).toList();
        List<ErrorReason> errors = group.errors().stream().map(DocumentError::reason).filter(Objects::nonNull)
                .distinct().toList();
        int accepted = (int) sets.stream().filter(set -> set.code() == AcknowledgementCode.ACCEPTED).count();
        AcknowledgementCode code = !errors.isEmpty() || accepted == 0 && !sets.isEmpty() ? AcknowledgementCode.REJECTED
                : accepted < sets.size() ? AcknowledgementCode.PARTIALLY_ACCEPTED : AcknowledgementCode.ACCEPTED;
        return new GroupResponse(group.functionalId(), group.controlNumber(), group.version(), code,
                group.declaredTransactions(), sets.size(), errors.isEmpty() ? accepted : 0, errors, sets);
    }

    private static SetResponse set(TransactionSet set) {
        List<SetError> setErrors = new ArrayList<>();
        Map<String, SegmentDraft> segments = new LinkedHashMap<>();
        for (DocumentError error : set.errors()) {
            ErrorReason reason = error.reason();
            Location at = error.location();
            if (reason == null) {
                continue; // not a syntax finding: nothing for an acknowledgement to say
            }
            SetError asWhole = setError(reason, at);
            if (asWhole != null) {
                setErrors.add(asWhole);
                continue;
            }
            Integer position = set.positionInSet(at.segmentPosition());
            SegmentDraft segment = segments.computeIfAbsent(at.segment() + "@" + position,
                    key -> new SegmentDraft(at.segment(), position));
            if (reason.elementLevel() && at.element() != null) {
                segment.elements.add(new ElementNote(at.element(), at.component(), reason));
            } else if (segment.reason == null) {
                segment.reason = reason;
            }
        }
        // In document order (business rules find some problems only when the set is complete), a missing one last.
        List<SegmentNote> notes = segments.values().stream()
                .sorted(java.util.Comparator.comparing((SegmentDraft s) -> s.position,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(s -> new SegmentNote(s.tag, s.position, s.reason, s.elements)).toList();
        if (!notes.isEmpty()) {
            setErrors.add(SetError.SEGMENTS_IN_ERROR);
        }
        if (set.disposition() == Disposition.UNSUPPORTED) {
            setErrors.add(0, SetError.NOT_SUPPORTED);
        }
        boolean rejected = set.disposition() != Disposition.ACCEPTED || !setErrors.isEmpty();
        return new SetResponse(set.docType(), set.controlNumber(), set.version(),
                rejected ? AcknowledgementCode.REJECTED : AcknowledgementCode.ACCEPTED,
                setErrors.stream().distinct().toList(), notes);
    }

    /** A finding about the set as a whole: its trailer's control number or count, or a missing trailer. */
    private static SetError setError(ErrorReason reason, Location at) {
        boolean trailer = at.segment() != null && SET_TRAILERS.contains(at.segment());
        return switch (reason) {
            case TRAILER_MISSING -> SetError.TRAILER_MISSING;
            case CONTROL_NUMBER_MISMATCH -> trailer ? SetError.CONTROL_NUMBER_MISMATCH : null;
            case COUNT_MISMATCH -> trailer ? SetError.SEGMENT_COUNT_MISMATCH : null;
            default -> null;
        };
    }

    private static final class SegmentDraft {
        final String tag;
        final Integer position;
        final List<ElementNote> elements = new ArrayList<>();
        ErrorReason reason;

        SegmentDraft(String tag, Integer position) {
            this.tag = tag;
            this.position = position;
        }
    }
}

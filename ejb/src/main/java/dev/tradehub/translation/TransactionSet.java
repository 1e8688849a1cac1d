package dev.tradehub.translation;

import dev.tradehub.canonical.CanonicalDocument;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import java.util.List;

/**
 * One transaction set (X12 ST..SE) or message (EDIFACT UNH..UNT) of an interchange.
 *
 * @param controlNumber      ST02 or UNH 0062
 * @param docType            ST01 (e.g. {@code 850}) or UNH 0065 (e.g. {@code ORDERS})
 * @param version            GS08 (e.g. {@code 004010}) or UNH 0052+0054 (e.g. {@code D96A})
 * @param groupControlNumber GS06 or UNG 0048, null when there is no group
 * @param groupSender        GS02 or UNG 0040, null when there is no group
 * @param groupReceiver      GS03 or UNG 0044, null when there is no group
 * @param document           the canonical document (order, order change, inventory report) when {@code disposition}
 *                           is ACCEPTED
 * @param errors             the problems of this transaction set
 * @param disposition        accepted, rejected or unsupported
 * @param startPosition      the position of its header (ST, UNH) in the interchange, or null (a JSON order): an
 *                           acknowledgement counts a segment's position in the set from it
 */
public record TransactionSet(
        String controlNumber,
        String docType,
        String version,
        String groupControlNumber,
        PartyId groupSender,
        PartyId groupReceiver,
        CanonicalDocument document,
        List<DocumentError> errors,
        Disposition disposition,
        Integer startPosition) {

    public TransactionSet {
        errors = List.copyOf(errors);
    }

    /** The canonical order, when the set is an accepted order; else null. */
    public CanonicalOrder order() {
        return document instanceof CanonicalOrder order ? order : null;
    }

    /** The position of an interchange segment within this set, counted from its header (X12 AK302, EDIFACT 0096). */
    public Integer positionInSet(Integer segmentPosition) {
        return segmentPosition == null || startPosition == null ? null : segmentPosition - startPosition + 1;
    }
}

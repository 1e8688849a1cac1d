package dev.tradehub.translation;

import dev.tradehub.canonical.DocumentError;
import java.util.List;

/**
 * One functional group (X12 GS..GE, EDIFACT UNG..UNE) as read: what a functional acknowledgement answers group by
 * group (X12 AK1 and AK9).
 *
 * @param functionalId        GS01 (e.g. {@code PO}) or UNG 0038 (the message group identification)
 * @param controlNumber       GS06 or UNG 0048
 * @param sender              GS02 or UNG 0040
 * @param receiver            GS03 or UNG 0044
 * @param version             GS08 (e.g. {@code 004010}) or null
 * @param declaredTransactions the count the trailer (GE01, UNE 0060) states, or null when absent or unreadable
 * @param transactionSets     the transaction sets of this group, in document order
 * @param errors              the problems of the group's own envelope (its header and trailer)
 */
public record FunctionalGroup(
        String functionalId,
        String controlNumber,
        PartyId sender,
        PartyId receiver,
        String version,
        Integer declaredTransactions,
        List<TransactionSet> transactionSets,
        List<DocumentError> errors) {

    public FunctionalGroup {
        transactionSets = List.copyOf(transactionSets);
        errors = List.copyOf(errors);
    }

    /**
     * How many of the group's transaction sets translation accepted (X12 AK904); a set of a type TradeHub does not
     * process is not among them (an acknowledgement reports it as not supported).
     */
    public int acceptedTransactions() {
        return (int) transactionSets.stream().filter(set -> set.disposition() == Disposition.ACCEPTED).count();
    }
}

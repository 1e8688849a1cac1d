package dev.tradehub.translation;

import dev.tradehub.canonical.DocumentError;
import java.util.List;

/**
 * The translation of one payload: its envelope, its transaction sets, and the interchange-level errors.
 *
 * @param envelope        the envelope facts as far as they could be read
 * @param transactionSets every transaction set found, in document order (also those rejected)
 * @param errors          errors of the interchange itself (ENVELOPE, SYNTAX outside a transaction set);
 *                        any of them rejects the whole interchange
 * @param groups          the functional groups, each with its transaction sets (empty when the interchange has
 *                        none: EDIFACT without UNG, or a JSON order)
 */
public record Interchange(EnvelopeFacts envelope, List<TransactionSet> transactionSets, List<DocumentError> errors,
        List<FunctionalGroup> groups) {

    public Interchange {
        transactionSets = List.copyOf(transactionSets);
        errors = List.copyOf(errors);
        groups = List.copyOf(groups);
    }

    /** An interchange without functional groups. */
    public Interchange(EnvelopeFacts envelope, List<TransactionSet> transactionSets, List<DocumentError> errors) {
        this(envelope, transactionSets, errors, List.of());
    }

    /** True when an envelope problem rejects the interchange as a whole. */
    public boolean rejected() {
        return !errors.isEmpty();
    }

    /** The document type of the interchange's first transaction set, or null when it has none. */
    public String docType() {
        return transactionSets.isEmpty() ? null : transactionSets.get(0).docType();
    }
}

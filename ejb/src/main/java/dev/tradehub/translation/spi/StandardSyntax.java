package dev.tradehub.translation.spi;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.translation.EnvelopeFacts;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;

/**
 * What the shared streaming loop needs to know about one standard: its envelope segments, how to read its
 * envelope facts, how to describe control-number problems, and which mapper handles which transaction type.
 * Implementations are stateless and thread-safe.
 */
public interface StandardSyntax {

    /** The role a segment tag plays in this standard's envelope. */
    enum Role {
        /** UNA: delimiters only. */
        SERVICE,
        INTERCHANGE_HEADER, INTERCHANGE_TRAILER,
        GROUP_HEADER, GROUP_TRAILER,
        TRANSACTION_HEADER, TRANSACTION_TRAILER,
        /** Any segment inside a transaction set. */
        BODY;

        /** True for the interchange and group envelope (problems there are ENVELOPE errors). */
        public boolean outerEnvelope() {
            return this == SERVICE || this == INTERCHANGE_HEADER || this == INTERCHANGE_TRAILER
                    || this == GROUP_HEADER || this == GROUP_TRAILER;
        }
    }

    /** The three envelope levels, for control-number and count messages. */
    enum Level {
        TRANSACTION, GROUP, INTERCHANGE
    }

    /** A functional group header (GS, UNG) as read. */
    record GroupFacts(String functionalId, String controlNumber, PartyId sender, PartyId receiver, String version) {
    }

    /** A transaction header (ST, UNH) as read. */
    record TransactionHeader(String controlNumber, String docType, String version, PartyId fallbackBuyer) {
    }

    Standard standard();

    Role role(String tag);

    /** The trailer that closes a level (SE, GE, IEA / UNT, UNE, UNZ). */
    String trailerTag(Level level);

    /** The level a trailer tag closes, or null when {@code tag} is no trailer. */
    Level trailerLevel(String tag);

    /** The header element holding a level's control number, as operators know it: {@code ISA13}, {@code UNH 0062}. */
    String controlElement(Level level);

    /** What a trailer's count counts, for messages: "segments", "functional groups". */
    String countedItems(Level level, boolean interchangeHasGroups);

    /**
     * Checks the raw beginning of the payload before streaming (X12: the fixed-width ISA; EDIFACT: the UNA
     * service string advice).
     *
     * @param text   the decoded payload
     * @param offset where the header starts
     * @return the problem, or null when the header is readable
     */
    DocumentError checkHeader(CharSequence text, int offset);

    /** The envelope facts readable from a raw header that could not be streamed, as far as they go. */
    EnvelopeFacts partialFacts(CharSequence text, int offset);

    /** The facts of the interchange header segment (ISA, UNB). */
    EnvelopeFacts interchangeFacts(Segment header);

    /** The facts of a group header segment (GS, UNG). */
    GroupFacts groupFacts(Segment header);

    /** The facts of a transaction header segment (ST, UNH) within its group (which may be null). */
    TransactionHeader transactionHeader(Segment header, GroupFacts group, EnvelopeFacts interchange);

    /**
     * The mapper for a transaction type and version, or null when TradeHub does not process it (the set is then
     * UNSUPPORTED).
     */
    TransactionMapper mapperFor(TransactionHeader header, TransactionContext context);
}

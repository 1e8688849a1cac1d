package dev.tradehub.outbound;

import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;
import java.util.Objects;

/**
 * How one partner wants its interchanges enveloped: the partner's IDs, ours as the partner knows us, the standard
 * and syntax version, the delimiters and line ending, and whether it is test data.
 *
 * @param partner        the partner's code (control numbers are counted per partner)
 * @param standard       X12 or EDIFACT
 * @param syntaxVersion  X12: ISA12 ({@code 00401}, {@code 00501}); EDIFACT: syntax identifier and version
 *                       ({@code UNOC:3}, {@code UNOA:4})
 * @param sender         our interchange ID as the partner knows us (ISA05/06, UNB 0004/0007)
 * @param receiver       the partner's interchange ID (ISA07/08, UNB 0010/0007)
 * @param groupSender    our application sender code (GS02), or null for the interchange ID
 * @param groupReceiver  the partner's application receiver code (GS03), or null for its interchange ID
 * @param delimiters     element, component, repetition and segment characters, and what follows each segment
 * @param test           ISA15 = T, UNB 0035 = 1
 */
public record OutboundEnvelope(
        String partner,
        Standard standard,
        String syntaxVersion,
        PartyId sender,
        PartyId receiver,
        String groupSender,
        String groupReceiver,
        Delimiters delimiters,
        boolean test) {

    public OutboundEnvelope {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        delimiters = delimiters != null ? delimiters : Delimiters.defaults(standard);
    }

    /** Our ID as control numbers are kept for it. */
    public String senderKey() {
        return (sender.qualifier() == null ? "" : sender.qualifier()) + ":" + sender.id();
    }

    /**
     * The separators of an interchange and what is written after each segment terminator ({@code ""},
     * {@code "\n"} or {@code "\r\n"}).
     */
    public record Delimiters(char element, char component, char repetition, char segment, String lineEnding) {

        public static Delimiters defaults(Standard standard) {
            return standard == Standard.EDIFACT ? new Delimiters('+', ':', '*', '\'', "\n")
                    : new Delimiters('*', '>', '^', '~', "\n");
        }
    }
}

package dev.tradehub.outbound;

/**
 * Where the control numbers of outbound interchanges come from: each call gives the next number of one kind for one
 * partner and one of our sender IDs, never the same twice. The persistent source keeps them in the database; the
 * writers only ask.
 */
public interface ControlNumbers {

    /** The kinds of control numbers, with the largest value each field can hold before it rolls over. */
    enum Kind {
        /** X12 ISA13, nine digits. */
        INTERCHANGE(999_999_999L),
        /** X12 GS06, up to nine digits. */
        GROUP(999_999_999L),
        /** X12 ST02, four to nine characters; numbered per interchange here. */
        TRANSACTION_SET(999_999_999L),
        /** EDIFACT UNB 0020, up to fourteen characters. */
        EDIFACT_INTERCHANGE(99_999_999_999_999L),
        /** EDIFACT UNH 0062, up to fourteen characters. */
        EDIFACT_MESSAGE(99_999_999_999_999L);

        private final long maximum;

        Kind(long maximum) {
            this.maximum = maximum;
        }

        public long maximum() {
            return maximum;
        }
    }

    /**
     * The next number of a kind for a partner and our sender ID (after the maximum, 1 again).
     *
     * @param partner  the partner's code
     * @param senderId our ID in the envelope (qualifier:id)
     */
    long next(Kind kind, String partner, String senderId);
}

package dev.tradehub.translation.spi;

import java.time.LocalDate;

/** A date several qualifiers may give, of which the best ranked wins (0 = the preferred qualifier). */
public final class RankedDate {

    private LocalDate value;
    private int rank = Integer.MAX_VALUE;

    /** Keeps {@code date} when it ranks better than the date kept so far; a negative rank is not a candidate. */
    public void offer(LocalDate date, int dateRank) {
        if (date != null && dateRank >= 0 && dateRank < rank) {
            value = date;
            rank = dateRank;
        }
    }

    public LocalDate value() {
        return value;
    }
}

package dev.tradehub.odoo.emulator.orm;

import java.util.Collections;
import java.util.Map;

/**
 * What a call that changed data left behind, as final values rather than deltas: every row it touched as it is
 * after the call, and every next id and sequence number it moved. Values, not deltas, so that applying changes
 * again over a state that already holds them leaves that state as it is.
 *
 * @param rows model, then id, then the row after the call; a null row: the call deleted it
 * @param nextIds model, then its next id after the call
 * @param sequences sequence code, then its next number after the call
 */
public record Changes(Map<String, Map<Integer, Map<String, Object>>> rows, Map<String, Integer> nextIds,
        Map<String, Integer> sequences) {

    public Changes {
        rows = Collections.unmodifiableMap(rows);
        nextIds = Collections.unmodifiableMap(nextIds);
        sequences = Collections.unmodifiableMap(sequences);
    }

    public boolean isEmpty() {
        return rows.isEmpty() && nextIds.isEmpty() && sequences.isEmpty();
    }
}

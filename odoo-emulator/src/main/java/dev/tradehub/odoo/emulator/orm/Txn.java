package dev.tradehub.odoo.emulator.orm;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The undo log of one call: original rows, restored on rollback (ids and sequence numbers drawn stay used, as
 * with PostgreSQL sequences); on commit, what was touched is also what the call changed ({@link #changes()}).
 */
final class Txn {
    private final Map<Database.Table, Map<Integer, Map<String, Object>>> originals = new IdentityHashMap<>();
    private final Map<Database.Table, Integer> nextIds = new IdentityHashMap<>();
    private final Map<Database.Sequence, Integer> sequences = new IdentityHashMap<>();

    /** Remembers the row as it was (null = did not exist) before its first change in this call. */
    void touch(Database.Table table, int id) {
        Map<Integer, Map<String, Object>> saved = originals.computeIfAbsent(table, t -> new HashMap<>());
        if (!saved.containsKey(id)) {
            Map<String, Object> row = table.rows.get(id);
            saved.put(id, row == null ? null : new HashMap<>(row));
        }
    }

    void touchNextId(Database.Table table) {
        nextIds.putIfAbsent(table, table.nextId);
    }

    void touchSequence(Database.Sequence sequence) {
        sequences.putIfAbsent(sequence, sequence.next);
    }

    void rollback() {
        originals.forEach((table, rows) -> rows.forEach((id, row) -> {
            if (row == null) {
                table.rows.remove(id);
            } else {
                table.rows.put(id, row);
            }
        }));
        // ids and sequence numbers are not given back: PostgreSQL sequences are not transactional, so a failed
        // call has used up the ids of the rows it inserted and the numbers it drew (S00036, then S00043). A failed
        // call leaves no trace in a data dir's journal, though: after a restart those numbers are handed out again
    }

    /**
     * The final values of what this call touched and really changed (a row written back to what it was is left
     * out). The rows are read-only views of the live ones: valid while the write lock is held.
     */
    Changes changes() {
        Map<String, Map<Integer, Map<String, Object>>> rows = new TreeMap<>();
        originals.forEach((table, saved) -> saved.forEach((id, before) -> {
            Map<String, Object> after = table.rows.get(id);
            if (!Objects.equals(before, after)) {
                rows.computeIfAbsent(table.model, m -> new TreeMap<>())
                        .put(id, after == null ? null : Collections.unmodifiableMap(after));
            }
        }));
        Map<String, Integer> movedNextIds = new TreeMap<>();
        nextIds.forEach((table, before) -> {
            if (table.nextId != before) {
                movedNextIds.put(table.model, table.nextId);
            }
        });
        Map<String, Integer> movedSequences = new TreeMap<>();
        sequences.forEach((sequence, before) -> {
            if (sequence.next != before) {
                movedSequences.put(sequence.code, sequence.next);
            }
        });
        return new Changes(rows, movedNextIds, movedSequences);
    }
}

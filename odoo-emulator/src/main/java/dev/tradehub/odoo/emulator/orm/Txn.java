package dev.tradehub.odoo.emulator.orm;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** The undo log of one call: original rows, next ids and sequence values, restored on rollback. */
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
        nextIds.forEach((table, next) -> table.nextId = next);
        sequences.forEach((seq, next) -> seq.next = next);
    }
}

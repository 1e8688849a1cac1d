package dev.tradehub.odoo.emulator.orm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One Odoo database in memory: a table per model, named sequences, and a read/write lock. A call that
 * changes data runs alone under the write lock (Odoo serialises conflicting transactions too); reads share.
 */
public final class Database {
    /** The rows of one model and its next id. */
    static final class Table {
        final TreeMap<Integer, Map<String, Object>> rows = new TreeMap<>();
        int nextId = 1;
    }

    /** A named sequence such as {@code S00027}. */
    public static final class Sequence {
        final String prefix;
        final int padding;
        int next;

        Sequence(String prefix, int padding, int next) {
            this.prefix = prefix;
            this.padding = padding;
            this.next = next;
        }

        String format(int value) {
            String digits = Integer.toString(value);
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = digits.length(); i < padding; i++) {
                sb.append('0');
            }
            return sb.append(digits).toString();
        }
    }

    private final String name;
    private final Map<String, Model> models;
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Sequence> sequences = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public Database(String name, Map<String, Model> models) {
        this.name = name;
        this.models = Map.copyOf(models);
        for (String model : models.keySet()) {
            tables.put(model, new Table());
        }
    }

    public String name() {
        return name;
    }

    public Model model(String modelName) {
        return models.get(modelName);
    }

    public ReentrantReadWriteLock lock() {
        return lock;
    }

    Table table(String model) {
        return tables.get(model);
    }

    Sequence sequence(String code) {
        Sequence s = sequences.get(code);
        if (s == null) {
            throw new IllegalStateException("no sequence " + code);
        }
        return s;
    }

    /** Declares or resets a sequence. */
    public void defineSequence(String code, String prefix, int padding, int next) {
        sequences.put(code, new Sequence(prefix, padding, next));
    }

    /** Sets the next id of a model (never below the highest existing id + 1). */
    public void setNextId(String model, int next) {
        Table t = tables.get(model);
        if (t == null) {
            throw new IllegalArgumentException("unknown model " + model);
        }
        int floor = t.rows.isEmpty() ? 1 : t.rows.lastKey() + 1;
        t.nextId = Math.max(next, floor);
    }

    /** The ids of a model in id order (call under a lock). */
    public List<Integer> allIds(String model) {
        return List.copyOf(tables.get(model).rows.keySet());
    }
}

package dev.tradehub.odoo.emulator.orm;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Clock;
import java.time.Instant;

/**
 * One Odoo database in memory: a table per model, named sequences, and a read/write lock. A call that
 * changes data runs alone under the write lock (Odoo serialises conflicting transactions too); reads share.
 */
public final class Database {
    /** The rows of one model and its next id. */
    static final class Table {
        final String model;
        final TreeMap<Integer, Map<String, Object>> rows = new TreeMap<>();
        int nextId = 1;

        Table(String model) {
            this.model = model;
        }
    }

    /** A named sequence such as {@code S00027}. */
    public static final class Sequence {
        final String code;
        final String prefix;
        final int padding;
        int next;

        Sequence(String code, String prefix, int padding, int next) {
            this.code = code;
            this.prefix = prefix;
            this.padding = padding;
            this.next = next;
        }

        public String prefix() {
            return prefix;
        }

        public int padding() {
            return padding;
        }

        /** The number the next value will carry. */
        public int next() {
            return next;
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
    private volatile Consumer<Changes> commitListener;
    /** The last transaction timestamp handed out, in microseconds since the epoch (UTC). */
    private final AtomicLong lastTimestampMicros = new AtomicLong();
    /** Where transaction timestamps come from (the system clock unless a test sets another). */
    private volatile Clock clock = Clock.systemUTC();
    /** Runs at the end of every call that may change data, in its transaction (automation rules). */
    private volatile Consumer<Env> beforeCommit = env -> { };

    public Database(String name, Map<String, Model> models) {
        this.name = name;
        this.models = Map.copyOf(models);
        for (String model : models.keySet()) {
            tables.put(model, new Table(model));
        }
    }

    public String name() {
        return name;
    }

    /**
     * The timestamp of a new transaction, in microseconds since the epoch (UTC): the clock, but always later than
     * the previous one, as PostgreSQL's {@code now()} of successive transactions is. So two calls in the same second
     * still get distinct, ordered {@code write_date}s, which is what makes the same-second cursor losses of real
     * Odoo happen here too.
     */
    long nextTimestampMicros() {
        Instant at = clock.instant();
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        return lastTimestampMicros.updateAndGet(last -> Math.max(micros, last + 1));
    }

    /**
     * Sets the clock transaction timestamps are taken from (default: the system clock). Timestamps still never go
     * back: a clock behind the last timestamp given out yields that timestamp plus one microsecond.
     */
    public void clock(Clock clock) {
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * Sets what runs at the end of each call that may change data, inside its transaction, before the commit (what
     * it changes or throws is part of the call). Null: nothing.
     */
    public void beforeCommit(Consumer<Env> hook) {
        this.beforeCommit = hook == null ? env -> { } : hook;
    }

    void beforeCommit(Env env) {
        beforeCommit.accept(env);
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

    private Table existingTable(String model) {
        Table t = tables.get(model);
        if (t == null) {
            throw new IllegalArgumentException("unknown model " + model);
        }
        return t;
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
        sequences.put(code, new Sequence(code, prefix, padding, next));
    }

    /** Sets the next id of a model (never below the highest existing id + 1). */
    public void setNextId(String model, int next) {
        Table t = existingTable(model);
        int floor = t.rows.isEmpty() ? 1 : t.rows.lastKey() + 1;
        t.nextId = Math.max(next, floor);
    }

    /** The ids of a model in id order (call under a lock). */
    public List<Integer> allIds(String model) {
        return List.copyOf(tables.get(model).rows.keySet());
    }

    /** The names of the models, sorted. */
    public SortedSet<String> modelNames() {
        return new TreeSet<>(tables.keySet());
    }

    /** The rows of a model by id: a read-only view of the live rows (call under a lock, do not change the rows). */
    public SortedMap<Integer, Map<String, Object>> rows(String model) {
        return Collections.unmodifiableSortedMap(existingTable(model).rows);
    }

    /** The id the next record of a model will get (call under a lock). */
    public int nextId(String model) {
        return existingTable(model).nextId;
    }

    /** The sequences by code, sorted (call under a lock). */
    public SortedMap<String, Sequence> sequences() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(sequences));
    }

    /**
     * Sets who hears of every call that changed data (null: nobody). The listener runs at the end of such a call,
     * still under the write lock, so it hears calls in commit order and sees nothing else happen meanwhile. If it
     * throws, the call is rolled back and fails: whatever a listener must not lose (a journal) is never missing a
     * call that was answered.
     */
    public void commitListener(Consumer<Changes> listener) {
        this.commitListener = listener;
    }

    /** Called by {@link Env} when a call that may change data is about to succeed, under the write lock. */
    void commit(Txn txn) {
        Consumer<Changes> listener = commitListener;
        if (listener == null) {
            return;
        }
        Changes changes = txn.changes();
        if (!changes.isEmpty()) {
            listener.accept(changes);
        }
    }

    /**
     * Puts changes into this database as they are (rows replaced or removed, next ids and sequence numbers set):
     * how a journal is replayed and a snapshot restored. The sequences must be defined already.
     */
    public void apply(Changes changes) {
        Lock write = lock.writeLock();
        write.lock();
        try {
            changes.rows().forEach((model, rows) -> {
                Table t = existingTable(model);
                rows.forEach((id, row) -> {
                    if (row == null) {
                        t.rows.remove(id);
                    } else {
                        t.rows.put(id, new HashMap<>(row));
                    }
                });
            });
            changes.nextIds().forEach((model, next) -> existingTable(model).nextId = next);
            changes.sequences().forEach((code, next) -> sequence(code).next = next);
        } finally {
            write.unlock();
        }
    }
}

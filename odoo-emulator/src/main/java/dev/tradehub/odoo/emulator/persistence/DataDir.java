package dev.tradehub.odoo.emulator.persistence;

import dev.tradehub.odoo.emulator.orm.Changes;
import dev.tradehub.odoo.emulator.orm.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A folder that keeps an emulator's database across stops, restarts and kills, the way a real Odoo keeps its
 * orders: the demo is stopped or killed, started again, and finds its customers, orders (ids, S000xx names,
 * states, lines), deliveries and write dates as they were.
 *
 * <p>Two files: {@code snapshot.json} (the whole database at the last start or reset, see {@link Snapshot}) and
 * {@code journal.jsonl} (a write-ahead journal: after each call that changed data, before its answer goes out and
 * still under the database's write lock, one line with the final values of what it changed, so the file's order is
 * the commit order; see {@link Journal}). A call that fails or is rolled back writes nothing, nor does a read. Lines
 * are not fsynced: what a killed JVM handed to the OS survives, a power cut may lose the last calls. One small line
 * per call is cheap; the whole state is written only at a start or a reset.
 *
 * <p>On open: the snapshot if there is one, otherwise the seed, then the journal replayed over it (a torn last
 * line, a kill in the middle of a write, is ignored), then compacted: a new snapshot written atomically and the
 * journal emptied. Entries hold values, not deltas, so a kill between those two steps is harmless: the journal is
 * replayed once more over a snapshot that already holds it, and ends in the same state.
 *
 * <p>Only the database survives: fault and latency settings and call counters start afresh, as they do without a
 * data dir. One folder serves one running emulator at a time.
 */
public final class DataDir implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DataDir.class.getName());

    private final Path dir;
    /** The database whose calls are journaled; guarded by this. */
    private Database kept;
    /** Null once closed; guarded by this. */
    private Journal journal;
    private boolean closed;

    private DataDir(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens (or creates) a data dir and loads its database: the persisted state if there is one, otherwise a
     * seeded one. From then on every change of that database is journaled.
     *
     * @param emptyDatabase makes an empty database of the emulator's models
     * @param seed loads the seed into an empty database (only when the folder holds no state yet)
     */
    public static DataDir open(Path dir, Supplier<Database> emptyDatabase, Consumer<Database> seed) {
        try {
            Files.createDirectories(dir);
            Database db = emptyDatabase.get();
            boolean restored = Snapshot.exists(dir);
            if (restored) {
                Snapshot.read(dir, db);
            } else {
                seed.accept(db);
            }
            Journal.Replay replay = Journal.replay(dir, db);
            DataDir dataDir = new DataDir(dir);
            dataDir.keep(db);
            LOG.info(() -> "Odoo emulator data in " + dir.toAbsolutePath() + ": "
                    + (restored ? "restored from " + Snapshot.FILE : "seeded (no " + Snapshot.FILE + " yet)")
                    + (replay.entries() > 0 ? " and " + replay.entries() + " journaled calls" : "")
                    + (replay.tornLastLine() ? " (a torn last journal line, cut short by a kill, was ignored)" : ""));
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data dir " + dir, e);
        }
    }

    public Path path() {
        return dir;
    }

    /** The database this folder keeps. */
    public synchronized Database database() {
        return kept;
    }

    /**
     * Keeps another database from now on (a reset to the seed): it becomes the snapshot, the journal is emptied,
     * and calls still finishing on the one kept before are no longer journaled (their state is gone with it).
     */
    public void replaceWith(Database fresh) {
        try {
            keep(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data dir " + dir, e);
        }
    }

    private void keep(Database db) throws IOException {
        // the database's lock before this monitor, as in append(): nothing commits on db until it is journaled
        Lock write = db.lock().writeLock();
        write.lock();
        try {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("the data dir " + dir + " is closed");
                }
                Snapshot.write(db, dir);
                if (journal != null) {
                    journal.close();
                    journal = null;
                }
                journal = Journal.startEmpty(dir);
                if (kept != null) {
                    kept.commitListener(null);
                }
                kept = db;
                db.commitListener(changes -> append(db, changes));
            }
        } finally {
            write.unlock();
        }
    }

    private synchronized void append(Database source, Changes changes) {
        if (source != kept) {
            return;
        }
        if (journal == null) {
            throw new IllegalStateException("the data dir " + dir + " is closed");
        }
        journal.append(changes);
    }

    /** Closes the journal; calls that still try to change data fail (nothing answered goes unjournaled). */
    @Override
    public synchronized void close() {
        closed = true;
        if (journal == null) {
            return;
        }
        try {
            journal.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the journal in " + dir, e);
        } finally {
            journal = null;
        }
    }
}

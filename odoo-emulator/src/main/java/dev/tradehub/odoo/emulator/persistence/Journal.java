package dev.tradehub.odoo.emulator.persistence;

import dev.tradehub.odoo.emulator.orm.Changes;
import dev.tradehub.odoo.emulator.orm.Database;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code journal.jsonl}: one line per call that changed data, in commit order, since the snapshot:
 * {@code {"rows": {"sale.order": {"27": {...}, "28": null}}, "next_ids": {"sale.order": 29}, "sequences":
 * {"sale.order": 28}}} (values as {@link StateJson} writes them; a null row was deleted).
 *
 * <p>A line goes to the operating system in a write of its own, with no buffer on the Java side, and without an
 * fsync: a killed JVM (even {@code kill -9}) loses nothing the OS was given, a power cut may lose the last calls.
 * A kill in the middle of that write leaves the last line torn; replay ignores it (the call was never answered).
 */
final class Journal implements Closeable {
    static final String FILE = "journal.jsonl";

    private final Path file;
    private final FileChannel channel;
    /** Set when a failed write could not be cut off: a later line would follow a torn one, so none may follow. */
    private IOException broken;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the journal of {@code dir} emptied (the state it held must be in the snapshot already). */
    static Journal startEmpty(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        return new Journal(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING));
    }

    /** Appends one entry; throws (and leaves the file as it was) when it cannot. */
    void append(Changes changes) {
        if (broken != null) {
            throw new UncheckedIOException("the journal " + file + " failed earlier", broken);
        }
        ByteBuffer line = ByteBuffer.wrap(entry(changes).getBytes(StandardCharsets.UTF_8));
        long end;
        try {
            end = channel.position();
        } catch (IOException e) {
            throw new UncheckedIOException("could not journal a call in " + file, e);
        }
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
        } catch (IOException e) {
            cutOff(end, e);
            throw new UncheckedIOException("could not journal a call in " + file, e);
        }
    }

    /** Removes what a failed write may have left, so that the next line does not follow a torn one. */
    private void cutOff(long end, IOException failure) {
        try {
            channel.truncate(end);
            channel.position(end);
        } catch (IOException e) {
            failure.addSuppressed(e);
            broken = failure;
        }
    }

    /** One journal line, line break included. */
    static String entry(Changes changes) {
        try {
            StringWriter out = new StringWriter(512);
            out.write("{\"rows\": ");
            StateJson.writeRows(out, changes.rows(), false);
            out.write(", \"next_ids\": ");
            StateJson.writeCounters(out, changes.nextIds());
            out.write(", \"sequences\": ");
            StateJson.writeCounters(out, changes.sequences());
            out.write("}\n");
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** What a replay found. */
    record Replay(int entries, boolean tornLastLine) {
    }

    /**
     * Applies the journal of {@code dir} (if any) to the database. A last line without its line break, or that is
     * not JSON, is torn and ignored; a bad line with more after it means the file was damaged otherwise: that
     * fails, rather than silently dropping the calls after it.
     */
    static Replay replay(Path dir, Database db) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return new Replay(0, false);
        }
        Replayer replayer = new Replayer(file, db);
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        replayer.line(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(buffer, start, n - start);
            }
            return replayer.end(line.toString(StandardCharsets.UTF_8));
        }
    }

    /** Applies complete lines, holding back the verdict on a line that does not parse until it is known to be the last. */
    private static final class Replayer {
        private final Path file;
        private final Database db;
        private int lineNumber;
        private int entries;
        private int unparsedLine;

        Replayer(Path file, Database db) {
            this.file = file;
            this.db = db;
        }

        void line(String text) {
            lineNumber++;
            if (text.isBlank()) {
                return;
            }
            failIfDamagedBefore();
            JsonObject entry;
            try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
                entry = reader.readObject();
            } catch (JsonException e) {
                unparsedLine = lineNumber;
                return;
            }
            db.apply(new Changes(StateJson.readRows(entry.getJsonObject("rows")),
                    StateJson.readCounters(entry.getJsonObject("next_ids")),
                    StateJson.readCounters(entry.getJsonObject("sequences"))));
            entries++;
        }

        /** {@code unterminated}: what followed the last line break (a write the kill cut short, if not empty). */
        Replay end(String unterminated) {
            boolean tornTail = !unterminated.isBlank();
            if (tornTail) {
                failIfDamagedBefore();
            }
            return new Replay(entries, tornTail || unparsedLine > 0);
        }

        private void failIfDamagedBefore() {
            if (unparsedLine > 0) {
                throw new IllegalStateException(file + " line " + unparsedLine + " is damaged and is not the last line;"
                        + " move the data dir away to start again from the seed");
            }
        }
    }
}

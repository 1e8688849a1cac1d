package dev.tradehub.odoo.emulator.persistence;

import dev.tradehub.odoo.emulator.orm.Changes;
import dev.tradehub.odoo.emulator.orm.Database;
import dev.tradehub.odoo.emulator.orm.Json;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code snapshot.json}: the whole database at one point, one row a line:
 *
 * <pre>
 * {"format": 1,
 * "sequences": {"sale.order": {"prefix": "S", "padding": 5, "next": 28}, ...},
 * "next_ids": {"res.partner": 49, ...},
 * "rows": {"res.partner": {"1": {"active": true, ...},
 * ...}}}
 * </pre>
 *
 * Values as {@link StateJson} writes them. Replaced atomically: written beside it, forced to disk (once a start or a
 * reset, unlike the journal), then moved over it, so a kill at any time leaves the old or the new one whole.
 */
final class Snapshot {
    static final String FILE = "snapshot.json";
    private static final int FORMAT = 1;

    private Snapshot() {
    }

    /** Writes the database (call under its lock) as the snapshot of {@code dir}. */
    static void write(Database db, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Path temp = dir.resolve(FILE + ".tmp");
        Map<String, Integer> nextIds = new LinkedHashMap<>();
        Map<String, Map<Integer, Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String model : db.modelNames()) {
            nextIds.put(model, db.nextId(model));
            rows.put(model, db.rows(model));
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
            out.write("{\"format\": " + FORMAT + ",\n\"sequences\": ");
            writeSequences(out, db.sequences());
            out.write(",\n\"next_ids\": ");
            StateJson.writeCounters(out, nextIds);
            out.write(",\n\"rows\": ");
            StateJson.writeRows(out, rows, true);
            out.write("}\n");
            out.flush();
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeSequences(Writer out, Map<String, Database.Sequence> sequences) throws IOException {
        StringBuilder sb = new StringBuilder("{");
        sequences.forEach((code, s) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            Json.write(sb, code);
            sb.append(": {\"prefix\": ");
            Json.write(sb, s.prefix());
            sb.append(", \"padding\": ").append(s.padding()).append(", \"next\": ").append(s.next()).append('}');
        });
        out.append(sb.append('}'));
    }

    static boolean exists(Path dir) {
        return Files.exists(dir.resolve(FILE));
    }

    /** Loads the snapshot of {@code dir} into an empty database. */
    static void read(Path dir, Database db) throws IOException {
        Path file = dir.resolve(FILE);
        JsonObject root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader reader = jakarta.json.Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException e) {
            throw new IllegalStateException(file + " is damaged (" + e.getMessage() + "); move the data dir away to"
                    + " start again from the seed", e);
        }
        if (!(root.get("format") instanceof JsonNumber format) || format.intValue() != FORMAT) {
            throw new IllegalStateException(file + " has format " + root.get("format") + ", this emulator reads " + FORMAT);
        }
        root.getJsonObject("sequences").forEach((code, spec) -> {
            JsonObject s = spec.asJsonObject();
            db.defineSequence(code, s.getString("prefix"), s.getInt("padding"), s.getInt("next"));
        });
        db.apply(new Changes(StateJson.readRows(root.getJsonObject("rows")),
                StateJson.readCounters(root.getJsonObject("next_ids")), Map.of()));
    }
}

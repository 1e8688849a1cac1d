package dev.tradehub.odoo.emulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.odoo.emulator.OdooEmulator;
import dev.tradehub.odoo.emulator.model.OrderGuard;
import dev.tradehub.odoo.emulator.model.Registry;
import dev.tradehub.odoo.emulator.model.Seeds;
import dev.tradehub.odoo.emulator.orm.Changes;
import dev.tradehub.odoo.emulator.orm.Database;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is persisted reads back as the very values, and Java types, it was. */
class StateJsonTest {
    @Test
    void everyValueTypeARowHoldsReadsBackWithItsType() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("$long", 1); // an ordinary map whose key looks like a tag
        nested.put("none", null);
        nested.put("deeper", List.of(Map.of("k", 2.5)));
        List<Object> values = new ArrayList<>(Arrays.asList(null, true, false, 0, -7, Integer.MAX_VALUE, Integer.MIN_VALUE,
                5L, Long.MAX_VALUE, 70.0, 5.1, 0.1 + 0.2, 304.79999999999995, 1.2345678E7, 1e16, 1.5e20, 1e-7,
                Double.MIN_VALUE, Double.MAX_VALUE, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, "", "S00027", "2026-01-31 12:00:00", "quote \" backslash \\ line\nbreak \t tab",
                "Müller – 日本 – \uD83D\uDE00", List.of(), List.of(1, 6, 9), Arrays.asList(1, null, "x", 2L, 3.0), nested,
                Map.of()));
        for (Object value : values) {
            Object back = roundTrip(value);
            assertThat(back).as("%s", value).isEqualTo(value);
            assertSameTypes(value, back);
        }
    }

    @Test
    void typesItCannotReadBackExactlyAreRefused() {
        for (Object value : List.of(new BigDecimal("1.5"), 1.5f, Set.of(1), (short) 3, new Object())) {
            assertThatThrownBy(() -> StateJson.writeValue(new StringBuilder(), value))
                    .as("%s", value).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aJournalEntryIsOneLine() {
        Map<String, Object> row = new HashMap<>();
        row.put("name", "two\nlines\r\n");
        row.put("note", null);
        Map<Integer, Map<String, Object>> rows = new LinkedHashMap<>();
        rows.put(3, row);
        rows.put(4, null);
        String entry = Journal.entry(new Changes(Map.of("res.partner", rows), Map.of("res.partner", 5), Map.of("sale.order", 28)));
        assertThat(entry).endsWith("\n");
        assertThat(entry.substring(0, entry.length() - 1)).doesNotContain("\n", "\r");
        assertThat(entry).isEqualTo("{\"rows\": {\"res.partner\": {\"3\": {\"name\": \"two\\nlines\\r\\n\", \"note\": null},"
                + " \"4\": null}}, \"next_ids\": {\"res.partner\": 5}, \"sequences\": {\"sale.order\": 28}}\n");
    }

    @Test
    void aSnapshotOfTheDefaultSeedRestoresEveryRowExactly(@TempDir Path dir) throws IOException {
        Database seeded = seeded();
        DataDir.open(dir, StateJsonTest::empty, StateJsonTest::seed).close();
        DataDir again = DataDir.open(dir, StateJsonTest::empty, db -> {
            throw new AssertionError("a data dir with a snapshot must not be seeded again");
        });
        try {
            Database restored = again.database();
            assertThat(restored.modelNames()).isEqualTo(seeded.modelNames());
            for (String model : seeded.modelNames()) {
                assertThat(withoutTimestamps(restored.rows(model))).as(model).isEqualTo(withoutTimestamps(seeded.rows(model)));
                assertSameTypes(withoutTimestamps(seeded.rows(model)), withoutTimestamps(restored.rows(model)));
                restored.rows(model).values().forEach(row -> assertThat((String) row.get("write_date")).as(model)
                        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}"));
                assertThat(restored.nextId(model)).as(model).isEqualTo(seeded.nextId(model));
            }
            assertThat(restored.sequences().keySet()).isEqualTo(seeded.sequences().keySet());
            seeded.sequences().forEach((code, s) -> {
                Database.Sequence r = restored.sequences().get(code);
                assertThat(List.of(r.prefix(), r.padding(), r.next())).as(code).isEqualTo(List.of(s.prefix(), s.padding(), s.next()));
            });
        } finally {
            again.close();
        }
    }

    /** The rows without create_date/write_date: two seedings happen at two different microseconds. */
    private static Map<Integer, Map<String, Object>> withoutTimestamps(Map<Integer, Map<String, Object>> rows) {
        Map<Integer, Map<String, Object>> out = new LinkedHashMap<>();
        rows.forEach((id, row) -> {
            Map<String, Object> copy = new HashMap<>(row);
            copy.keySet().removeAll(Set.of("create_date", "write_date"));
            out.put(id, copy);
        });
        return out;
    }

    private static Database empty() {
        return new Database("odoo", Registry.build(OrderGuard.NONE));
    }

    private static void seed(Database db) {
        try (InputStream in = OdooEmulator.class.getResourceAsStream(OdooEmulator.DEFAULT_SEED)) {
            Seeds.load(db, new String(in.readAllBytes(), StandardCharsets.UTF_8), 2, "admin");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Database seeded() {
        Database db = empty();
        seed(db);
        return db;
    }

    private static Object roundTrip(Object value) {
        StringBuilder sb = new StringBuilder();
        StateJson.writeValue(sb, value);
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader("[" + sb + "]"))) {
            return StateJson.readValue(reader.readArray().get(0));
        }
    }

    /** Equal is not enough: 5 and 5L, or 70 and 70.0, must not be confused. */
    private static void assertSameTypes(Object expected, Object actual) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        if (expected instanceof Map<?, ?> em) {
            assertThat(actual).isInstanceOf(Map.class);
            em.forEach((k, v) -> assertSameTypes(v, ((Map<?, ?>) actual).get(k)));
        } else if (expected instanceof List<?> el) {
            assertThat(actual).isInstanceOf(List.class);
            for (int i = 0; i < el.size(); i++) {
                assertSameTypes(el.get(i), ((List<?>) actual).get(i));
            }
        } else {
            assertThat(actual).as("%s", expected).isExactlyInstanceOf(expected.getClass());
        }
    }
}

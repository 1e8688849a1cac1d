package dev.tradehub.odoo.emulator.persistence;

import dev.tradehub.odoo.emulator.orm.Json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of the persisted state (snapshot and journal): rows, counters and the values rows hold, written so that
 * each value reads back as the very Java type it was. {@link Json} cannot promise that: it reads {@code 70.0} back as
 * a Double but writes a double of 1e16 or more without a fraction (read back as a Long), reads a Long that fits an
 * int as an Integer, has no way to write NaN, the infinities or -0.0, and its output is what the API answers (the
 * transcript tests compare it), so it stays as it is. Here:
 * <ul>
 * <li>null, Boolean, String and Integer are plain JSON (Strings escaped by {@link Json}: ASCII only, so a line of
 * this JSON never holds a raw line break);</li>
 * <li>a finite Double is a JSON number that always has a fraction ({@code 70.0}, {@code 150000000000000000000.0}),
 * with the digits of {@link Double#toString} so it reads back bit for bit; a number without a fraction is an
 * Integer;</li>
 * <li>what JSON cannot say plainly is an object with one tagged member: {@code {"$long": 5}},
 * {@code {"$double": "NaN"}} (also the infinities and -0.0), {@code {"$map": {...}}} (every Map value, so that
 * an ordinary map can never be mistaken for a tag);</li>
 * <li>a List is an array (read back unmodifiable, like the {@code List.copyOf} lists the ORM stores, but nulls
 * allowed).</li>
 * </ul>
 * Any other type (a Set, a BigDecimal, ...) is refused with an {@link IllegalArgumentException}: the call that
 * stored it then fails rather than being answered and lost.
 */
final class StateJson {
    private static final String LONG = "$long";
    private static final String DOUBLE = "$double";
    private static final String MAP = "$map";

    private StateJson() {
    }

    static void writeValue(StringBuilder sb, Object value) {
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof String) {
            Json.write(sb, value);
        } else if (value instanceof Double d) {
            writeDouble(sb, d);
        } else if (value instanceof Long l) {
            sb.append("{\"" + LONG + "\": ").append(l.longValue()).append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                writeValue(sb, list.get(i));
            }
            sb.append(']');
        } else if (value instanceof Map<?, ?> map) {
            sb.append("{\"" + MAP + "\": ");
            writeObject(sb, map);
            sb.append('}');
        } else {
            throw new IllegalArgumentException("cannot persist a value of type " + value.getClass().getName() + ": " + value);
        }
    }

    private static void writeDouble(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || Double.compare(d, -0.0) == 0) {
            sb.append("{\"" + DOUBLE + "\": \"").append(d).append("\"}");
            return;
        }
        String digits = Double.toString(d);
        if (digits.indexOf('E') >= 0) {
            digits = new BigDecimal(digits).toPlainString();
            if (digits.indexOf('.') < 0) {
                digits += ".0";
            }
        }
        sb.append(digits);
    }

    /** A map of String keys as a plain JSON object of values (a row, or the payload of a tagged map). */
    static void writeObject(StringBuilder sb, Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("cannot persist a map key of type "
                        + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            Json.write(sb, key);
            sb.append(": ");
            writeValue(sb, e.getValue());
        }
        sb.append('}');
    }

    static Object readValue(JsonValue value) {
        switch (value.getValueType()) {
            case NULL:
                return null;
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER: {
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                // the scale is that of the text: "70.0" has 1, "70" has 0
                return number.scale() > 0 ? (Object) number.doubleValue() : (Object) number.intValueExact();
            }
            case ARRAY: {
                JsonArray array = (JsonArray) value;
                List<Object> list = new ArrayList<>(array.size());
                for (JsonValue v : array) {
                    list.add(readValue(v));
                }
                return Collections.unmodifiableList(list);
            }
            default:
                return readTagged((JsonObject) value);
        }
    }

    private static Object readTagged(JsonObject tagged) {
        if (tagged.size() == 1) {
            if (tagged.get(LONG) instanceof JsonNumber n) {
                return n.longValueExact();
            }
            if (tagged.get(DOUBLE) instanceof JsonString s) {
                return Double.valueOf(s.getString());
            }
            if (tagged.get(MAP) instanceof JsonObject map) {
                return readObject(map, new LinkedHashMap<>());
            }
        }
        throw new IllegalArgumentException("not a tagged value: " + tagged);
    }

    private static Map<String, Object> readObject(JsonObject object, Map<String, Object> into) {
        object.forEach((key, v) -> into.put(key, readValue(v)));
        return into;
    }

    // ---------------------------------------------------------------- rows and counters

    /**
     * Rows as {@code {"model": {"id": {row}, ...}, ...}}, a deleted (null) row as {@code null}. {@code rowPerLine}
     * starts each row on a line of its own (a snapshot, for whoever reads it); without it the output is one line
     * (a journal entry).
     */
    static void writeRows(Writer out, Map<String, ? extends Map<Integer, ? extends Map<String, Object>>> rows,
            boolean rowPerLine) throws IOException {
        String rowSeparator = rowPerLine ? ",\n" : ", ";
        StringBuilder sb = new StringBuilder(1024);
        sb.append('{');
        boolean firstModel = true;
        for (Map.Entry<String, ? extends Map<Integer, ? extends Map<String, Object>>> model : rows.entrySet()) {
            if (!firstModel) {
                sb.append(rowSeparator);
            }
            firstModel = false;
            Json.write(sb, model.getKey());
            sb.append(": {");
            boolean firstRow = true;
            for (Map.Entry<Integer, ? extends Map<String, Object>> row : model.getValue().entrySet()) {
                if (!firstRow) {
                    sb.append(rowSeparator);
                }
                firstRow = false;
                sb.append('"').append(row.getKey().intValue()).append("\": ");
                if (row.getValue() == null) {
                    sb.append("null");
                } else {
                    writeObject(sb, new TreeMap<>(row.getValue()));
                }
                out.append(sb);
                sb.setLength(0);
            }
            sb.append('}');
        }
        sb.append('}');
        out.append(sb);
    }

    static Map<String, Map<Integer, Map<String, Object>>> readRows(JsonObject rows) {
        Map<String, Map<Integer, Map<String, Object>>> out = new TreeMap<>();
        rows.forEach((model, byId) -> {
            Map<Integer, Map<String, Object>> models = out.computeIfAbsent(model, m -> new TreeMap<>());
            byId.asJsonObject().forEach((id, row) -> models.put(Integer.valueOf(id),
                    row.getValueType() == JsonValue.ValueType.NULL ? null : readObject(row.asJsonObject(), new HashMap<>())));
        });
        return out;
    }

    /** Names to integers (next ids, sequence numbers) as a JSON object. */
    static void writeCounters(Writer out, Map<String, Integer> counters) throws IOException {
        StringBuilder sb = new StringBuilder("{");
        counters.forEach((name, value) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            Json.write(sb, name);
            sb.append(": ").append(value.intValue());
        });
        out.append(sb.append('}'));
    }

    static Map<String, Integer> readCounters(JsonObject counters) {
        Map<String, Integer> out = new TreeMap<>();
        counters.forEach((name, value) -> out.put(name, ((JsonNumber) value).intValueExact()));
        return out;
    }
}

package dev.tradehub.odoo.emulator.orm;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out. Input is parsed with JSON-P (Parsson) into plain Java values ({@code Map}, {@code List},
 * {@code String}, {@code Integer}/{@code Long}, {@code Double}, {@code Boolean}, {@code null}); output is written
 * the way Python's {@code json.dumps} does it (floats keep their {@code .0}).
 */
public final class Json {
    private Json() {
    }

    /** Parses a JSON text; throws {@link IllegalArgumentException} with the parser's message when malformed. */
    public static Object parse(String text) {
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return toJava(reader.readValue());
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (jakarta.json.JsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static Object toJava(JsonValue value) {
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
                JsonNumber n = (JsonNumber) value;
                BigDecimal d = n.bigDecimalValue();
                if (n.isIntegral() && d.scale() <= 0) {
                    long l = d.longValueExact();
                    return l == (int) l ? (Object) (int) l : (Object) l;
                }
                return d.doubleValue();
            }
            case ARRAY: {
                JsonArray a = (JsonArray) value;
                List<Object> list = new ArrayList<>(a.size());
                for (JsonValue v : a) {
                    list.add(toJava(v));
                }
                return list;
            }
            default: {
                JsonObject o = (JsonObject) value;
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                    map.put(e.getKey(), toJava(e.getValue()));
                }
                return map;
            }
        }
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(128);
        write(sb, value);
        return sb.toString();
    }

    public static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(formatDouble(((Number) value).doubleValue()));
        } else if (value instanceof Number n) {
            sb.append(n.toString());
        } else if (value instanceof String s) {
            quote(sb, s);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                quote(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof Iterable<?> it) {
            sb.append('[');
            boolean first = true;
            for (Object o : it) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                write(sb, o);
            }
            sb.append(']');
        } else {
            quote(sb, value.toString());
        }
    }

    /**
     * Python's {@code json.dumps(value, indent=n)}: one item a line, {@code ": "} between key and value, empty
     * containers as {@code {}} and {@code []}.
     */
    public static String writeIndented(Object value, int indent) {
        StringBuilder sb = new StringBuilder(256);
        writeIndented(sb, value, indent, 0);
        return sb.toString();
    }

    private static void writeIndented(StringBuilder sb, Object value, int indent, int level) {
        String inner = "\n" + " ".repeat(indent * (level + 1));
        String outer = "\n" + " ".repeat(indent * level);
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ",").append(inner);
                first = false;
                quote(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                writeIndented(sb, e.getValue(), indent, level + 1);
            }
            sb.append(outer).append('}');
        } else if (value instanceof Iterable<?> it && it.iterator().hasNext()) {
            sb.append('[');
            boolean first = true;
            for (Object o : it) {
                sb.append(first ? "" : ",").append(inner);
                first = false;
                writeIndented(sb, o, indent, level + 1);
            }
            sb.append(outer).append(']');
        } else {
            write(sb, value);
        }
    }

    /** Python's float repr for the usual range: {@code 70.0}, {@code 5.1}, {@code 304.79999999999995}. */
    public static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (long) d + ".0";
        }
        String s = Double.toString(d);
        if (s.contains("E")) {
            return new BigDecimal(s).toPlainString();
        }
        return s;
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}

package dev.tradehub.odoo.emulator.orm;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python {@code repr()} of JSON-like values, used to build Odoo's error messages. */
public final class PyRepr {
    private PyRepr() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof Double d) {
            return Json.formatDouble(d);
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Iterator<?> it = list.iterator(); it.hasNext();) {
                sb.append(of(it.next()));
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            return sb.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext();) {
                Map.Entry<?, ?> e = it.next();
                sb.append(of(e.getKey())).append(": ").append(of(e.getValue()));
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            return sb.append('}').toString();
        }
        return String.valueOf(value);
    }

    /** A Python tuple of ids: {@code (5,)} or {@code (5, 6)}. */
    public static String tuple(List<Integer> ids) {
        if (ids.size() == 1) {
            return "(" + ids.get(0) + ",)";
        }
        String inner = of(ids);
        return "(" + inner.substring(1, inner.length() - 1) + ")";
    }
}

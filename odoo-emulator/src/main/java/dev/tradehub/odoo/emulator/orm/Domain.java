package dev.tradehub.odoo.emulator.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Odoo domains: JSON arrays of {@code [field, operator, value]} leaves in prefix notation with {@code "&"},
 * {@code "|"} and {@code "!"} (implicit AND between terms), dotted paths through relational fields.
 */
final class Domain {
    /** A compiled domain. */
    interface Node {
        boolean test(Env env, Record rec);
    }

    private static final Set<String> OPERATORS = Set.of("=", "!=", "<>", "==", "in", "not in", "like", "not like",
            "ilike", "not ilike", "=like", "=ilike", "<", ">", "<=", ">=");
    private static final Pattern TIMEZONE = Pattern.compile(".*(Z|[+-]\\d\\d:?\\d\\d)$");

    private Domain() {
    }

    static Node parse(Env env, Model model, List<?> domain) {
        int[] pos = {0};
        List<Node> terms = new ArrayList<>();
        while (pos[0] < domain.size()) {
            terms.add(parseTerm(env, model, domain, pos));
        }
        return and(terms);
    }

    /** Whether a leaf of the domain names this field (for the implicit {@code active} filter). */
    static boolean mentions(List<?> domain, String field) {
        if (domain == null) {
            return false;
        }
        for (Object o : domain) {
            if (o instanceof List<?> leaf && !leaf.isEmpty() && field.equals(leaf.get(0))) {
                return true;
            }
        }
        return false;
    }

    private static Node and(List<Node> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        return (env, rec) -> {
            for (Node n : terms) {
                if (!n.test(env, rec)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Node parseTerm(Env env, Model model, List<?> domain, int[] pos) {
        if (pos[0] >= domain.size()) {
            throw OdooException.valueError("Domain " + PyRepr.of(domain) + " is syntactically not correct.");
        }
        Object token = domain.get(pos[0]++);
        if ("&".equals(token) || "|".equals(token)) {
            Node a = parseTerm(env, model, domain, pos);
            Node b = parseTerm(env, model, domain, pos);
            return "&".equals(token) ? (e, r) -> a.test(e, r) && b.test(e, r) : (e, r) -> a.test(e, r) || b.test(e, r);
        }
        if ("!".equals(token)) {
            Node a = parseTerm(env, model, domain, pos);
            return (e, r) -> !a.test(e, r);
        }
        if (token instanceof List<?> leaf && leaf.size() == 3 && leaf.get(0) instanceof String path
                && leaf.get(1) instanceof String op) {
            return leaf(env, model, path, op.toLowerCase(Locale.ROOT), leaf.get(2), leaf);
        }
        if (token instanceof List<?> leaf && leaf.size() == 3 && leaf.get(1) instanceof String op && op.equals("=")
                && leaf.get(0) instanceof Integer a && leaf.get(2) instanceof Integer b) {
            boolean constant = a.equals(b);
            return (e, r) -> constant;
        }
        throw OdooException.valueError("Invalid leaf " + PyRepr.of(token));
    }

    private static Node leaf(Env env, Model model, String path, String op, Object value, List<?> leaf) {
        if (!OPERATORS.contains(op)) {
            throw OdooException.valueError("Invalid operator " + PyRepr.of(op) + " in condition " + condition(leaf));
        }
        int dot = path.indexOf('.');
        String name = dot < 0 ? path : path.substring(0, dot);
        Field field = model.field(name);
        if (field == null) {
            throw OdooException.valueError("Invalid field " + model.name() + "." + name + " in condition " + condition(leaf));
        }
        if (dot >= 0) {
            if (!field.type().relational()) {
                throw OdooException.valueError("Invalid field " + model.name() + "." + path + " in condition " + condition(leaf));
            }
            Model comodel = env.model(field.comodel());
            Node sub = leaf(env, comodel, path.substring(dot + 1), op, value, leaf);
            return (e, rec) -> {
                for (Integer id : relatedIds(e.get(rec, name))) {
                    Record related = e.browse(comodel.name(), id);
                    if (related != null && sub.test(e, related)) {
                        return true;
                    }
                }
                return false;
            };
        }
        Object normalized = normalize(field, value);
        if (field.type() == FieldType.DATETIME) {
            // Odoo 19 compares datetimes by whole seconds (odoo/orm/domains.py): "> ts" means ">= ts + 1 s" and
            // "= ts" matches [ts, ts + 1 s). Comparing the stored value cut to the second gives exactly that.
            return (e, rec) -> matches(e, field, e.get(rec, name) instanceof String stored ? Env.wireDatetime(stored) : null,
                    op, normalized);
        }
        return (e, rec) -> matches(e, field, e.get(rec, name), op, normalized);
    }

    private static String condition(List<?> leaf) {
        String repr = PyRepr.of(leaf);
        return "(" + repr.substring(1, repr.length() - 1) + ")";
    }

    private static Object normalize(Field field, Object value) {
        if (field.type() == FieldType.DATETIME || field.type() == FieldType.DATE) {
            if (value instanceof String s) {
                return normalizeDate(field, s);
            }
            if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>();
                for (Object o : list) {
                    out.add(o instanceof String s ? normalizeDate(field, s) : o);
                }
                return out;
            }
        }
        return value;
    }

    private static String normalizeDate(Field field, String s) {
        if (s.length() > 10 && TIMEZONE.matcher(s).matches()) {
            throw OdooException.valueError("expecting only datetimes with no timezone: " + PyRepr.of(s));
        }
        String n = s.replace('T', ' ');
        if (field.type() == FieldType.DATETIME && n.length() == 10) {
            n = n + " 00:00:00";
        }
        return field.type() == FieldType.DATETIME ? Env.wireDatetime(n) : n;
    }

    private static List<Integer> relatedIds(Object raw) {
        if (raw instanceof Integer i) {
            return List.of(i);
        }
        if (raw instanceof List<?> l) {
            List<Integer> ids = new ArrayList<>();
            for (Object o : l) {
                ids.add((Integer) o);
            }
            return ids;
        }
        return List.of();
    }

    private static boolean matches(Env env, Field field, Object raw, String op, Object value) {
        switch (op) {
            case "=":
            case "==":
                return equalsValue(env, field, raw, value);
            case "!=":
            case "<>":
                return !equalsValue(env, field, raw, value);
            case "in":
                return in(env, field, raw, value);
            case "not in":
                return !in(env, field, raw, value);
            case "like":
            case "ilike":
            case "=like":
            case "=ilike":
                return like(env, field, raw, op, value);
            case "not like":
                return !like(env, field, raw, "like", value);
            case "not ilike":
                return !like(env, field, raw, "ilike", value);
            default:
                return compare(field, raw, op, value);
        }
    }

    private static boolean in(Env env, Field field, Object raw, Object value) {
        Collection<?> values = value instanceof Collection<?> c ? c : List.of(value == null ? Boolean.FALSE : value);
        for (Object v : values) {
            if (equalsValue(env, field, raw, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsValue(Env env, Field field, Object raw, Object value) {
        if (field.type().x2many()) {
            List<Integer> ids = relatedIds(raw);
            if (value == null || Boolean.FALSE.equals(value)) {
                return ids.isEmpty();
            }
            if (value instanceof Collection<?> c) {
                for (Object o : c) {
                    if (o instanceof Number n && ids.contains(n.intValue())) {
                        return true;
                    }
                }
                return false;
            }
            return value instanceof Number n && ids.contains(n.intValue());
        }
        if (value == null || Boolean.FALSE.equals(value)) {
            if (field.type() == FieldType.BOOLEAN) {
                return !Boolean.TRUE.equals(raw);
            }
            return Env.isEmpty(raw);
        }
        if (raw == null) {
            return false;
        }
        if (field.type() == FieldType.MANY2ONE && value instanceof String s) {
            return env.displayName(field.comodel(), (Integer) raw).equals(s);
        }
        if (raw instanceof Number a && value instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (raw instanceof Boolean a) {
            return a.equals(value);
        }
        return raw.toString().equals(value.toString());
    }

    private static boolean like(Env env, Field field, Object raw, String op, Object value) {
        String pattern = value == null || Boolean.FALSE.equals(value) ? "" : value.toString();
        List<String> texts = new ArrayList<>();
        if (field.type() == FieldType.MANY2ONE || field.type().x2many()) {
            for (Integer id : relatedIds(raw)) {
                texts.add(env.displayName(field.comodel(), id));
            }
        } else if (raw != null) {
            texts.add(raw.toString());
        }
        boolean ci = op.contains("ilike");
        boolean exact = op.startsWith("=");
        Pattern regex = likeRegex(exact ? pattern : "%" + pattern + "%", ci);
        for (String t : texts) {
            if (regex.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** SQL LIKE to a regular expression: {@code %} any run, {@code _} one character, backslash escapes. */
    static Pattern likeRegex(String like, boolean caseInsensitive) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                sb.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                sb.append(".*");
            } else if (c == '_') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
    }

    private static boolean compare(Field field, Object raw, String op, Object value) {
        if (raw == null || value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        int c;
        if (raw instanceof Number a && value instanceof Number b) {
            c = Double.compare(a.doubleValue(), b.doubleValue());
        } else {
            c = raw.toString().compareTo(value.toString());
        }
        switch (op) {
            case "<":
                return c < 0;
            case ">":
                return c > 0;
            case "<=":
                return c <= 0;
            default:
                return c >= 0;
        }
    }
}

package dev.tradehub.odoo.emulator.orm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Odoo's {@code order} specification ({@code "default_code"}, {@code "order_id,sequence,id"},
 * {@code "date_order desc, id desc"}). Many2one fields sort by the target model's own order, as Odoo does;
 * empty values sort last ascending and first descending, as in PostgreSQL.
 */
final class Ordering {
    private Ordering() {
    }

    static Comparator<Record> comparator(Env env, Model model, String order) {
        return comparator(env, model, order, 0);
    }

    private static Comparator<Record> comparator(Env env, Model model, String order, int depth) {
        List<Comparator<Record>> parts = new ArrayList<>();
        for (String term : order.split(",")) {
            String[] words = term.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String name = words[0];
            boolean desc = words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc");
            Field field = model.field(name);
            if (field == null || words.length > 4) {
                throw OdooException.valueError("Invalid \"order\" specified (" + order + "). A valid \"order\" specification is a"
                        + " comma-separated list of valid field names (optionally followed by asc/desc for the direction)");
            }
            Comparator<Record> c;
            if (field.type() == FieldType.MANY2ONE && depth < 1) {
                Model comodel = env.model(field.comodel());
                Comparator<Record> target = comparator(env, comodel, comodel.order(), depth + 1);
                c = (a, b) -> {
                    Record ra = env.browse(comodel.name(), env.get(a, name));
                    Record rb = env.browse(comodel.name(), env.get(b, name));
                    if (ra == null || rb == null) {
                        return ra == rb ? 0 : ra == null ? 1 : -1;
                    }
                    return target.compare(ra, rb);
                };
            } else {
                c = (a, b) -> compareRaw(env.get(a, name), env.get(b, name));
            }
            parts.add(desc ? c.reversed() : c);
        }
        parts.add(Comparator.comparingInt(Record::id));
        return (a, b) -> {
            for (Comparator<Record> c : parts) {
                int r = c.compare(a, b);
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
    }

    private static int compareRaw(Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof List || b instanceof List) {
            return 0;
        }
        return a.toString().compareTo(b.toString());
    }
}

package dev.tradehub.odoo.emulator.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ORM methods every model has: search_read, search, search_count, read, create, write, unlink, fields_get. */
public final class StandardMethods {
    private StandardMethods() {
    }

    public static Model addTo(Model m) {
        String name = m.name();
        m.method(new Method("search_read", false, true, List.of("domain", "fields", "offset", "limit", "order", "load"),
                "BaseModel.search_read", true, (env, ids, kw) -> {
                    List<Integer> found = env.search(name, list(kw.get("domain")), integer(kw.get("offset"), 0),
                            integer(kw.get("limit"), null), string(kw.get("order")));
                    return env.read(name, found, strings(kw.get("fields")));
                }));
        m.method(new Method("search", false, true, List.of("domain", "offset", "limit", "order"), "BaseModel.search", false,
                (env, ids, kw) -> env.search(name, list(kw.get("domain")), integer(kw.get("offset"), 0),
                        integer(kw.get("limit"), null), string(kw.get("order")))));
        m.method(new Method("search_count", false, true, List.of("domain", "limit"), "BaseModel.search_count", false,
                (env, ids, kw) -> env.search(name, list(kw.get("domain")), 0, integer(kw.get("limit"), null), "id").size()));
        m.method(new Method("read", true, true, List.of("fields", "load"), "BaseModel.read", false,
                (env, ids, kw) -> env.read(name, ids, strings(kw.get("fields")))));
        m.method(new Method("create", false, false, List.of("vals_list"), "BaseModel.create", false,
                (env, ids, kw) -> env.create(name, valsList(kw.get("vals_list")))));
        m.method(new Method("write", true, false, List.of("vals"), "BaseModel.write", false, (env, ids, kw) -> {
            env.write(name, ids, map(kw.get("vals")));
            return Boolean.TRUE;
        }));
        m.method(new Method("unlink", true, false, List.of(), "BaseModel.unlink", false, (env, ids, kw) -> {
            env.unlink(name, ids);
            return Boolean.TRUE;
        }));
        m.method(new Method("fields_get", false, true, List.of("allfields", "attributes"), "BaseModel.fields_get", false,
                (env, ids, kw) -> fieldsGet(m, strings(kw.get("allfields")), strings(kw.get("attributes")))));
        return m;
    }

    private static Map<String, Object> fieldsGet(Model m, List<String> allfields, List<String> attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : m.fields()) {
            if (allfields != null && !allfields.isEmpty() && !allfields.contains(f.name())) {
                continue;
            }
            Map<String, Object> desc = new LinkedHashMap<>();
            desc.put("type", f.type().odooName());
            desc.put("string", f.label());
            desc.put("required", f.isRequired());
            desc.put("readonly", f.isComputed() || f.name().equals("id"));
            desc.put("store", !f.isComputed());
            if (f.comodel() != null) {
                desc.put("relation", f.comodel());
            }
            if (f.inverse() != null) {
                desc.put("relation_field", f.inverse());
            }
            if (attributes != null && !attributes.isEmpty()) {
                desc.keySet().retainAll(attributes);
            }
            // Odoo describes a field's attributes in name order ({"relation", "string", "type"})
            out.put(f.name(), new java.util.TreeMap<>(desc));
        }
        return out;
    }

    // ---------------------------------------------------------------- argument helpers

    public static List<?> list(Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw OdooException.valueError("Invalid domain " + PyRepr.of(v));
    }

    public static Integer integer(Object v, Integer dflt) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return dflt;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw OdooException.typeError("expected an integer, got " + PyRepr.of(v));
    }

    public static String string(Object v) {
        return v == null || Boolean.FALSE.equals(v) ? null : v.toString();
    }

    public static List<String> strings(Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                out.add(String.valueOf(o));
            }
        } else {
            out.add(v.toString());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        if (v == null || Boolean.FALSE.equals(v)) {
            return Map.of();
        }
        throw OdooException.typeError("expected a dict of values, got " + PyRepr.of(v));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> valsList(Object v) {
        if (v instanceof Map<?, ?>) {
            return List.of((Map<String, Object>) v);
        }
        if (v instanceof List<?> l) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : l) {
                out.add(map(o));
            }
            return out;
        }
        throw OdooException.typeError("BaseModel.create() missing 1 required positional argument: 'vals_list'");
    }
}

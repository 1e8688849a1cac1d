package dev.tradehub.odoo.replay;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON equality as Python sees it on the server: object key order is irrelevant, numbers compare by value
 * ({@code 47.0} equals {@code 47.00}, but a number never equals a string).
 */
public final class JsonCompare {

    private JsonCompare() {
    }

    /** The first difference, as {@code path: expected X but was Y}, or empty when equal. */
    public static Optional<String> difference(JsonValue expected, JsonValue actual, Set<String> ignoredTopLevelKeys) {
        return diff("$", expected, actual, ignoredTopLevelKeys);
    }

    private static Optional<String> diff(String path, JsonValue expected, JsonValue actual, Set<String> ignored) {
        if (expected == null || actual == null) {
            return expected == actual ? Optional.empty() : mismatch(path, expected, actual);
        }
        if (expected instanceof JsonNumber e && actual instanceof JsonNumber a) {
            return e.bigDecimalValue().compareTo(a.bigDecimalValue()) == 0 ? Optional.empty() : mismatch(path, e, a);
        }
        if (expected.getValueType() != actual.getValueType()) {
            return mismatch(path, expected, actual);
        }
        if (expected instanceof JsonObject e) {
            JsonObject a = actual.asJsonObject();
            Set<String> keys = new TreeSet<>(e.keySet());
            keys.addAll(a.keySet());
            keys.removeAll(ignored);
            for (String key : keys) {
                if (!e.containsKey(key) || !a.containsKey(key)) {
                    return Optional.of(path + "." + key + ": expected " + (e.containsKey(key) ? e.get(key) : "no such key")
                            + " but was " + (a.containsKey(key) ? a.get(key) : "no such key"));
                }
                Optional<String> inner = diff(path + "." + key, e.get(key), a.get(key), Set.of());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (expected instanceof JsonArray e) {
            JsonArray a = actual.asJsonArray();
            if (e.size() != a.size()) {
                return mismatch(path, e, a);
            }
            for (int i = 0; i < e.size(); i++) {
                Optional<String> inner = diff(path + "[" + i + "]", e.get(i), a.get(i), Set.of());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : mismatch(path, expected, actual);
    }

    private static Optional<String> mismatch(String path, JsonValue expected, JsonValue actual) {
        return Optional.of(path + ": expected " + expected + " but was " + actual);
    }
}

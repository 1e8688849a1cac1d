package dev.tradehub.acknowledgement.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * The segment being streamed: its tag and the first occurrence of each element, by element and component
 * position (1-based; a simple element is component 1). Empty values read as null. Reused; not thread-safe.
 */
final class Fields {

    private final List<List<String>> elements = new ArrayList<>();
    private String tag;

    void begin(String segmentTag) {
        tag = segmentTag;
        elements.clear();
    }

    void put(int element, int component, int occurrence, String text) {
        if (element < 1 || occurrence > 1) {
            return;
        }
        while (elements.size() < element) {
            elements.add(new ArrayList<>(1));
        }
        List<String> components = elements.get(element - 1);
        int c = Math.max(component, 1);
        while (components.size() < c) {
            components.add(null);
        }
        components.set(c - 1, text == null || text.isEmpty() ? null : text);
    }

    String tag() {
        return tag;
    }

    /** The simple element (or first component) at {@code element}, trimmed, or null. */
    String get(int element) {
        return get(element, 1);
    }

    /** The component at {@code element}.{@code component}, trimmed, or null. */
    String get(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return null;
        }
        List<String> components = elements.get(element - 1);
        String value = component < 1 || component > components.size() ? null : components.get(component - 1);
        String trimmed = value == null ? null : value.trim();
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    /** The element as a count, or null when absent or not a number. */
    Integer number(int element) {
        String value = get(element);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

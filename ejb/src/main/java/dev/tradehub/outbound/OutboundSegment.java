package dev.tradehub.outbound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One segment to write: its tag and its elements, each a list of components (one for a simple element). Trailing
 * empty elements are dropped when written; an empty element inside is written empty.
 */
public record OutboundSegment(String tag, List<List<String>> elements) {

    public OutboundSegment {
        elements = elements.stream().map(components -> components.stream()
                .map(value -> value == null ? "" : value).toList()).toList();
    }

    /** A segment of simple elements; null values are written as empty elements. */
    public static OutboundSegment of(String tag, String... elements) {
        List<List<String>> list = new ArrayList<>(elements.length);
        for (String element : elements) {
            list.add(java.util.Collections.singletonList(element));
        }
        return new OutboundSegment(tag, list);
    }

    /** A segment built element by element, for composites. */
    public static Builder builder(String tag) {
        return new Builder(tag);
    }

    /** The elements without the empty ones at the end (X12 and EDIFACT both omit them). */
    public List<List<String>> trimmedElements() {
        int end = elements.size();
        while (end > 0 && elements.get(end - 1).stream().allMatch(String::isEmpty)) {
            end--;
        }
        return elements.subList(0, end);
    }

    /** Builds a segment element by element. */
    public static final class Builder {
        private final String tag;
        private final List<List<String>> elements = new ArrayList<>();

        private Builder(String tag) {
            this.tag = tag;
        }

        public Builder element(String value) {
            elements.add(java.util.Collections.singletonList(value == null ? "" : value));
            return this;
        }

        /** A composite; trailing empty components are dropped. */
        public Builder composite(String... components) {
            List<String> list = components == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(components));
            while (!list.isEmpty() && (list.get(list.size() - 1) == null || list.get(list.size() - 1).isEmpty())) {
                list.remove(list.size() - 1);
            }
            elements.add(list.isEmpty() ? List.of("") : list);
            return this;
        }

        public OutboundSegment build() {
            return new OutboundSegment(tag, elements);
        }
    }
}

package dev.tradehub.translation.spi;

import java.util.Arrays;

/**
 * The segment being streamed: its tag, its 1-based position in the interchange and its element values.
 *
 * <p>One instance is reused for every segment of an interchange (no document tree is built). Only the
 * first occurrence of a repeated element is kept. Empty values read as {@code null}. Not thread-safe.
 */
public final class Segment {

    /** Elements beyond this position are ignored (no order segment comes close). */
    public static final int MAX_ELEMENTS = 64;
    /** Components beyond this position are ignored. */
    public static final int MAX_COMPONENTS = 16;

    private final String[][] values = new String[MAX_ELEMENTS + 1][];
    private final int[] componentCounts = new int[MAX_ELEMENTS + 1];
    private String tag;
    private int position;
    private int elementCount;

    /** Starts a new segment, forgetting the values of the previous one. */
    public void begin(String segmentTag, int segmentPosition) {
        for (int e = 1; e <= elementCount; e++) {
            componentCounts[e] = 0;
        }
        this.tag = segmentTag;
        this.position = segmentPosition;
        this.elementCount = 0;
    }

    /**
     * Records one value.
     *
     * @param element    1-based element position
     * @param component  1-based component position, or 0 or less for a simple element (stored as component 1)
     * @param occurrence 1-based repetition; repetitions after the first are ignored
     * @param text       the value with release characters already removed
     */
    public void put(int element, int component, int occurrence, String text) {
        if (element < 1 || element > MAX_ELEMENTS || occurrence > 1) {
            return;
        }
        int c = component < 1 ? 1 : component;
        if (c > MAX_COMPONENTS) {
            return;
        }
        String[] components = values[element];
        if (components == null) {
            components = new String[MAX_COMPONENTS + 1];
            values[element] = components;
        }
        for (int e = elementCount + 1; e < element; e++) {
            componentCounts[e] = 0;
        }
        int count = componentCounts[element];
        if (count < c) {
            Arrays.fill(components, count + 1, c, null);
            componentCounts[element] = c;
        }
        components[c] = text == null || text.isEmpty() ? null : text;
        if (element > elementCount) {
            elementCount = element;
        }
    }

    public String tag() {
        return tag;
    }

    public int position() {
        return position;
    }

    /** The highest element position that was sent. */
    public int elementCount() {
        return elementCount;
    }

    /** The simple element (or first component) at {@code element}, null when absent or empty. */
    public String get(int element) {
        return get(element, 1);
    }

    /** The component at {@code element}.{@code component}, null when absent or empty. */
    public String get(int element, int component) {
        if (element < 1 || element > elementCount || component < 1 || component > componentCounts[element]) {
            return null;
        }
        return values[element][component];
    }

    /** Like {@link #get(int)} with the surrounding spaces removed (fixed-width X12 envelope fields). */
    public String trimmed(int element) {
        String value = get(element);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The short form used in messages: {@code PO1[14]}. */
    public String where() {
        return tag + '[' + position + ']';
    }

    @Override
    public String toString() {
        return where();
    }
}

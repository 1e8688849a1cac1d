package dev.tradehub.translation.spi;

import dev.tradehub.canonical.Location;

/** Wording shared by every message: where a problem is, in the form operators read in the UI. */
public final class Messages {

    private Messages() {
    }

    /**
     * {@code "PO1[14] element 2: text"}, {@code "NAD[7] element 2.1: text"}, or just the text when the tag is
     * unknown.
     */
    public static String at(String tag, Integer position, Integer element, Integer component, String text) {
        if (tag == null) {
            return text;
        }
        return new Location(tag, position, element, component, null) + ": " + text;
    }

    /** Shortens a value quoted in a message so that a hostile payload cannot flood the error log. */
    public static String quote(String value) {
        if (value == null) {
            return "''";
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return '\'' + shown + '\'';
    }
}

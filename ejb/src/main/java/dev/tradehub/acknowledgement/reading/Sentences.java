package dev.tradehub.acknowledgement.reading;

import java.util.Map;

/**
 * The wording of a reported problem: {@code "Invalid control structure (TA105 022)"}, or with its location
 * {@code "segment N1 at position 5, element 2: mandatory data element missing (AK403 1)"}.
 */
final class Sentences {

    private Sentences() {
    }

    /**
     * The sentence for {@code code} of {@code element}, or null when there is no code.
     *
     * @param where   the location, or null when the problem is about the level as a whole
     * @param list    the code list; {@code older} (or null) overrides it
     * @param element the element that carries the code, as the standard names it: {@code AK502}, {@code 0085}
     * @param value   the bad value the partner copied (AK404), or null
     */
    static String of(String where, Map<String, String> list, Map<String, String> older, String element,
            String code, String value) {
        if (code == null) {
            return null;
        }
        String text = CodeLists.describe(list, older, code) + (value == null ? "" : " " + quote(value)) + " ("
                + element + " " + code + ")";
        return where == null ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : where + ": " + text;
    }

    /** {@code "segment N1 at position 5 in loop N1"}; each part only when known. */
    static String segment(String tag, String position, String loop) {
        return "segment" + (tag == null ? "" : " " + tag) + (position == null ? "" : " at position " + position)
                + (loop == null ? "" : " in loop " + loop);
    }

    /** {@code "element 2, component 1, repetition 2 (data element 98)"}, or null when the element is unknown. */
    static String element(String position, String component, String repetition, String reference) {
        if (position == null) {
            return null;
        }
        return "element " + position + (component == null ? "" : ", component " + component)
                + (repetition == null ? "" : ", repetition " + repetition)
                + (reference == null ? "" : " (data element " + reference + ")");
    }

    /** The parts that are known, joined by commas, or null when none is. */
    static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + ", " + second;
    }

    /** A value the partner copied, shortened so that a hostile payload cannot flood the log. */
    private static String quote(String value) {
        return '\'' + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + '\'';
    }
}

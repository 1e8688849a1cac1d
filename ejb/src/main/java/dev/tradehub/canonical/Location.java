package dev.tradehub.canonical;

/**
 * Where in a document a problem is.
 *
 * @param segment         the segment tag (ISA, BEG, PO1, UNH ...), or null when the problem is the whole payload
 * @param segmentPosition the 1-based position of the segment in the interchange, or null
 * @param element         the 1-based element position in the segment, or null
 * @param component       the 1-based component position in the element, or null
 * @param transaction     the control number of the transaction set (ST02 / UNH 0062) it belongs to, or null
 */
public record Location(String segment, Integer segmentPosition, Integer element, Integer component,
        String transaction) {

    public static Location ofPayload() {
        return new Location(null, null, null, null, null);
    }

    public static Location ofSegment(String segment, Integer segmentPosition, String transaction) {
        return new Location(segment, segmentPosition, null, null, transaction);
    }

    /** A short human form such as {@code PO1[12] element 2} used in log lines and messages. */
    @Override
    public String toString() {
        if (segment == null) {
            return "payload";
        }
        StringBuilder text = new StringBuilder(segment);
        if (segmentPosition != null) {
            text.append('[').append(segmentPosition).append(']');
        }
        if (element != null) {
            text.append(" element ").append(element);
            if (component != null) {
                text.append('.').append(component);
            }
        }
        if (transaction != null) {
            text.append(" in transaction ").append(transaction);
        }
        return text.toString();
    }
}

package dev.tradehub.translation.spi;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.canonical.Location;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one transaction set (X12 ST..SE, EDIFACT UNH..UNT) as they are found, each located in the
 * interchange and tagged with the transaction's control number. Not thread-safe.
 */
public final class TransactionContext {

    private final List<DocumentError> errors = new ArrayList<>(2);
    private String controlNumber;

    public String controlNumber() {
        return controlNumber;
    }

    public void controlNumber(String value) {
        this.controlNumber = value;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<DocumentError> errors() {
        return errors;
    }

    /**
     * Records an error at a segment of this transaction; the message reads
     * {@code "PO1[14] element 2: <text>"}.
     */
    public void error(ErrorCategory category, Segment segment, Integer element, Integer component, String text) {
        error(category, segment.tag(), segment.position(), element, component, text);
    }

    /** Records an error at a segment given by tag and position (position may be null when it is absent). */
    public void error(ErrorCategory category, String tag, Integer position, Integer element, Integer component,
            String text) {
        error(category, usualReason(category, position, element), tag, position, element, component, text);
    }

    /** Records an error with its exact reason (what a functional acknowledgement reports). */
    public void error(ErrorCategory category, ErrorReason reason, String tag, Integer position, Integer element,
            Integer component, String text) {
        Location location = new Location(tag, position, element, component, controlNumber);
        errors.add(new DocumentError(category, location, Messages.at(tag, position, element, component, text), reason));
    }

    /** Records an error about the transaction as a whole (for instance a missing segment). */
    public void error(ErrorCategory category, String tag, String text) {
        errors.add(new DocumentError(category, new Location(tag, null, null, null, controlNumber), text,
                usualReason(category, null, null)));
    }

    /**
     * The reason a business rule's finding usually has: a missing mandatory element, a missing segment (no position:
     * it is not there), an element a present segment needs in this case (one of several item identifiers), a value
     * the element does not allow; readers that know better (a date, a number) give theirs.
     */
    private static ErrorReason usualReason(ErrorCategory category, Integer position, Integer element) {
        return switch (category) {
            case MISSING_MANDATORY -> element != null ? ErrorReason.MANDATORY_ELEMENT_MISSING
                    : position != null ? ErrorReason.CONDITIONAL_ELEMENT_MISSING : ErrorReason.MANDATORY_SEGMENT_MISSING;
            case INVALID_VALUE -> ErrorReason.INVALID_CODE;
            case SYNTAX -> element == null ? ErrorReason.UNEXPECTED_SEGMENT : null;
            default -> null;
        };
    }

    /**
     * Reads a mandatory value, reporting MISSING_MANDATORY ({@code "<what> is missing"}) when it is absent.
     *
     * @param component the component, or null for a simple element
     * @param what      the value as operators know it, with its element: "the purchase order number (BEG03)"
     * @return the value, or null when absent
     */
    public String required(Segment segment, int element, Integer component, String what) {
        String value = segment.get(element, component == null ? 1 : component);
        if (value == null) {
            error(ErrorCategory.MISSING_MANDATORY, segment, element, component, what + " is missing");
        }
        return value;
    }

    /**
     * Reads an exact number, reporting INVALID_VALUE when the value is sent but is not a number.
     *
     * @param component  the component, or null for a simple element
     * @param what       the field as operators know it ("quantity", "unit price")
     * @param allowComma whether a decimal comma is allowed (EDIFACT)
     * @return the number, or null when absent or invalid
     */
    public BigDecimal number(Segment segment, int element, Integer component, String what, boolean allowComma) {
        String text = segment.get(element, component == null ? 1 : component);
        if (text == null) {
            return null;
        }
        BigDecimal value = EdiValues.decimal(text, allowComma);
        if (value == null) {
            error(ErrorCategory.INVALID_VALUE, ErrorReason.INVALID_CHARACTER, segment.tag(), segment.position(), element,
                    component, what + " " + Messages.quote(text) + " is not a number");
        }
        return value;
    }

    /** Reads a CCYYMMDD date, reporting INVALID_VALUE when it is sent but is not a real date. */
    public LocalDate ccyymmdd(Segment segment, int element, Integer component, String what) {
        String text = segment.get(element, component == null ? 1 : component);
        if (text == null) {
            return null;
        }
        LocalDate value = EdiValues.ccyymmdd(text);
        if (value == null) {
            invalidDate(segment, element, component, what, text, "CCYYMMDD");
        }
        return value;
    }

    /** Reports a date that is not a real date in the expected format. */
    public void invalidDate(Segment segment, int element, Integer component, String what, String text,
            String format) {
        error(ErrorCategory.INVALID_VALUE, ErrorReason.INVALID_DATE, segment.tag(), segment.position(), element,
                component, what + " " + Messages.quote(text) + " is not a valid date in the format " + format);
    }

    /** Reads an ISO 4217 currency code (three capital letters), reporting INVALID_VALUE otherwise. */
    public String currency(Segment segment, int element, Integer component) {
        String text = segment.get(element, component == null ? 1 : component);
        if (text == null) {
            return null;
        }
        boolean valid = text.length() == 3;
        for (int i = 0; valid && i < 3; i++) {
            char c = text.charAt(i);
            valid = c >= 'A' && c <= 'Z';
        }
        if (!valid) {
            error(ErrorCategory.INVALID_VALUE, segment, element, component,
                    "currency " + Messages.quote(text) + " is not an ISO 4217 code");
            return null;
        }
        return text;
    }

    /** Reports a segment that does not belong in this transaction type or at this place. */
    public void unexpected(Segment segment, String reason) {
        error(ErrorCategory.SYNTAX, segment, null, null, reason);
    }
}

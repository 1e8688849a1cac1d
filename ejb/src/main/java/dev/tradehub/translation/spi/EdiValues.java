package dev.tradehub.translation.spi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Exact number and date parsing for EDI values, without regular expressions or exceptions on the hot path.
 * Every method returns null for a value it cannot read; the caller reports it.
 */
public final class EdiValues {

    private static final int MAX_NUMBER_LENGTH = 40;

    private EdiValues() {
    }

    /**
     * An exact decimal such as {@code 10}, {@code -2.5}, {@code .5} or, when {@code allowComma} is set (EDIFACT),
     * {@code 12,50}. No exponent, no thousands separator, at most one decimal mark.
     *
     * @return the number, or null when {@code text} is not one
     */
    public static BigDecimal decimal(String text, boolean allowComma) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        if (length == 0 || length > MAX_NUMBER_LENGTH) {
            return null;
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int mark = -1;
        int digits = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c == '.' || (allowComma && c == ',')) && mark < 0) {
                mark = i;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        String plain = mark >= 0 && text.charAt(mark) == ',' ? text.replace(',', '.') : text;
        return new BigDecimal(plain);
    }

    /** A non-negative integer of at most 9 digits, or -1. */
    public static int count(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** CCYYMMDD, or null when it is not a real calendar date. */
    public static LocalDate ccyymmdd(String text) {
        if (text == null || text.length() != 8) {
            return null;
        }
        return date(digits(text, 0, 4), digits(text, 4, 2), digits(text, 6, 2));
    }

    /**
     * The date at the start of a longer stamp such as EDIFACT format 203 (CCYYMMDDHHMM) or 204
     * (CCYYMMDDHHMMSS): the whole text must be digits of {@code expectedLength}, the time part a valid time.
     */
    public static LocalDate datePrefix(String text, int expectedLength) {
        if (text == null || text.length() != expectedLength || expectedLength < 8) {
            return null;
        }
        if (expectedLength >= 12 && !validTime(text, 8, expectedLength >= 14)) {
            return null;
        }
        return date(digits(text, 0, 4), digits(text, 4, 2), digits(text, 6, 2));
    }

    /** YYMMDD as in the X12 ISA and EDIFACT syntax 3 UNB (years 2000-2099), or null. */
    public static LocalDate yymmdd(String text) {
        if (text == null || text.length() != 6) {
            return null;
        }
        int year = digits(text, 0, 2);
        return year < 0 ? null : date(2000 + year, digits(text, 2, 2), digits(text, 4, 2));
    }

    /** {@code HH:MM} from HHMM (or the first four digits of HHMMSS...), or null. */
    public static String hhmm(String text) {
        if (text == null || text.length() < 4 || !validTime(text, 0, false)) {
            return null;
        }
        return text.substring(0, 2) + ':' + text.substring(2, 4);
    }

    private static boolean validTime(String text, int offset, boolean seconds) {
        int hour = digits(text, offset, 2);
        int minute = digits(text, offset + 2, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return false;
        }
        if (seconds) {
            int second = digits(text, offset + 4, 2);
            return second >= 0 && second <= 59;
        }
        return true;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        int lastDay = switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day > lastDay ? null : LocalDate.of(year, month, day);
    }

    private static int digits(String text, int offset, int length) {
        if (offset + length > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = offset; i < offset + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

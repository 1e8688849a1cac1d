package dev.tradehub.mapping;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GTIN normalisation: a UPC-A (12), EAN-13 (13), GTIN-14 or EAN-8 names the same item with or without leading
 * zeros, so buyers and Odoo's {@code barcode} field may each hold a different length.
 */
public final class Gtin {

    private static final int GTIN_14 = 14;

    private Gtin() {
    }

    /** The 14-digit form of {@code code}, or empty when it is not 8, 12, 13 or 14 digits. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String digits = code.trim();
        int length = digits.length();
        if (length != 8 && length != 12 && length != 13 && length != GTIN_14 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(GTIN_14 - length) + digits);
    }

    /** Every length {@code code} may be stored as: the 14-digit form and its shorter forms without leading zeros. */
    public static List<String> variants(String code) {
        Optional<String> gtin14 = normalise(code);
        if (gtin14.isEmpty()) {
            return code == null || code.isBlank() ? List.of() : List.of(code.trim());
        }
        Set<String> forms = new LinkedHashSet<>();
        String full = gtin14.get();
        forms.add(full);
        for (int length : new int[] {13, 12, 8}) {
            String leading = full.substring(0, GTIN_14 - length);
            if (leading.chars().allMatch(c -> c == '0')) {
                forms.add(full.substring(GTIN_14 - length));
            }
        }
        return List.copyOf(forms);
    }

    /** True when the last digit is the GS1 check digit of the others. */
    public static boolean hasValidCheckDigit(String code) {
        Optional<String> gtin14 = normalise(code);
        if (gtin14.isEmpty()) {
            return false;
        }
        String digits = gtin14.get();
        int sum = 0;
        for (int i = 0; i < GTIN_14 - 1; i++) {
            int digit = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(GTIN_14 - 1) - '0';
    }
}

package dev.tradehub.odoo.transport;

import dev.tradehub.odoo.OdooVersion;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Odoo's {@code version_info} / {@code server_version_info}: {@code [19, 0, 0, "final", 0, ""]}, or for
 * SaaS builds {@code ["saas~18", 3, 0, "final", 0, ""]}.
 */
public final class Versions {

    private static final Pattern DIGITS = Pattern.compile("(\\d+)$");

    private Versions() {
    }

    /**
     * @param info the version info array
     * @param text the version text ({@code "19.0"}, {@code "saas~18.3"}), or null to make one from the numbers
     */
    public static Optional<OdooVersion> parse(JsonValue info, JsonValue text) {
        if (!(info instanceof JsonArray array) || array.size() < 2 || !(array.get(1) instanceof JsonNumber minor)) {
            return Optional.empty();
        }
        Integer major = null;
        if (array.get(0) instanceof JsonNumber number) {
            major = number.intValue();
        } else if (array.get(0) instanceof JsonString string) {
            Matcher digits = DIGITS.matcher(string.getString());
            major = digits.find() ? Integer.valueOf(digits.group(1)) : null;
        }
        if (major == null) {
            return Optional.empty();
        }
        String label = text instanceof JsonString string ? string.getString() : major + "." + minor.intValue();
        return Optional.of(new OdooVersion(major, minor.intValue(), label));
    }
}

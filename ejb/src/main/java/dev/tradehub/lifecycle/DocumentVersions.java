package dev.tradehub.lifecycle;

import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.translation.Standard;
import java.util.regex.Pattern;

/**
 * The version a document of the order's life is written in: the one the partner's order came in (an 855 answers a
 * 004010 850 in 004010, an ORDRSP answers a D96A ORDERS in D96A), else the first the profile lists, else the
 * standard's most common (004010, D96A). The JSON channel's orders have no EDI version.
 */
final class DocumentVersions {

    private static final Pattern X12 = Pattern.compile("\\d{6}.*");
    private static final Pattern EDIFACT = Pattern.compile("[DS]:?\\d{2}[A-Z](:UN)?");

    private DocumentVersions() {
    }

    /** X12: the GS08 (e.g. {@code 004010}); EDIFACT: the UNH version triple (e.g. {@code D:96A:UN}). */
    static String of(Standard standard, String orderVersion, PartnerProfile profile) {
        String chosen = usable(standard, orderVersion) ? orderVersion
                : profile.versions().stream().filter(v -> usable(standard, v)).findFirst()
                        .orElse(standard == Standard.EDIFACT ? "D96A" : "004010");
        if (standard == Standard.EDIFACT) {
            String compact = chosen.replace(":UN", "").replace(":", "");
            return compact.charAt(0) + ":" + compact.substring(1) + ":UN";
        }
        return chosen.substring(0, 6);
    }

    private static boolean usable(Standard standard, String version) {
        return version != null && (standard == Standard.EDIFACT ? EDIFACT : X12).matcher(version.trim()).matches();
    }
}

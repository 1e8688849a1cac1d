package dev.tradehub.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a partner profile must satisfy before the registry stores it: one set of rules for every way a profile
 * comes in (the API's {@code PUT}, the portal's onboarding form, a cross-reference import).
 */
public final class PartnerProfileRules {

    private static final Set<String> STANDARDS = Set.of("X12", "EDIFACT");

    private PartnerProfileRules() {
    }

    /**
     * What is wrong with a profile to be stored under {@code code}, as sentences the API's 400 and the portal's
     * form show; empty when it can be saved.
     */
    public static List<String> problems(String code, PartnerProfile profile) {
        List<String> problems = new ArrayList<>();
        if (profile == null) {
            return List.of("the body must be a partner profile (JSON)");
        }
        if (!code.matches("[A-Za-z0-9_.-]{1,64}")) {
            problems.add("code must be 1 to 64 letters, digits, '_', '.' or '-'");
        }
        if (profile.code() != null && !profile.code().equals(code)) {
            problems.add("the body's code '" + profile.code() + "' differs from the path's '" + code + "'");
        }
        if (profile.name() == null || profile.name().isBlank()) {
            problems.add("name is required");
        }
        if (profile.standard() == null || !STANDARDS.contains(profile.standard().toUpperCase(Locale.ROOT))) {
            problems.add("standard must be X12 or EDIFACT");
        }
        if (profile.interchangeIds().isEmpty()) {
            problems.add("interchangeIds needs at least one {qualifier, id}: the sender ID of the partner's envelopes");
        }
        for (PartnerProfile.EnvelopeId id : concat(profile.interchangeIds(), profile.groupIds(), profile.ourIds())) {
            if (id == null || id.id() == null || id.id().isBlank()) {
                problems.add("every envelope ID needs an id");
            }
        }
        for (PartnerProfile.ItemReference reference : profile.itemCrossReferences()) {
            if (reference.buyerSku() == null || reference.buyerSku().isBlank()
                    || (blank(reference.vendorSku()) && blank(reference.gtin()))) {
                problems.add("every item cross-reference needs a buyerSku and a vendorSku or gtin");
            }
        }
        if (profile.maxAttempts() != null && (profile.maxAttempts() < 1 || profile.maxAttempts() > 100)) {
            problems.add("maxAttempts must be between 1 and 100");
        }
        problems.addAll(profile.settingsProblems());
        profile.unitsOfMeasure().forEach((unit, odooName) -> {
            if (unit.isBlank() || odooName == null || odooName.isBlank()) {
                problems.add("unitsOfMeasure maps a partner code to an Odoo unit name; '" + unit + "' does not");
            }
        });
        return problems;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The profile under the given code (the code of the URL or the form wins over the body's). */
    public static PartnerProfile withCode(String code, PartnerProfile p) {
        return new PartnerProfile(code, p.name(), p.standard(), p.versions(), p.odooCustomerRef(), p.active(),
                p.interchangeIds(), p.groupIds(), p.ourIds(), p.itemCrossReferences(), p.unitsOfMeasure(),
                p.maxAttempts(), p.mode(), p.acknowledgements(), p.outbound(), p.documents(), p.shipTo(), p.channels());
    }

    /** The same profile with other item cross-references. */
    public static PartnerProfile withCrossReferences(PartnerProfile p, List<PartnerProfile.ItemReference> references) {
        return new PartnerProfile(p.code(), p.name(), p.standard(), p.versions(), p.odooCustomerRef(), p.active(),
                p.interchangeIds(), p.groupIds(), p.ourIds(), references, p.unitsOfMeasure(),
                p.maxAttempts(), p.mode(), p.acknowledgements(), p.outbound(), p.documents(), p.shipTo(), p.channels());
    }
}

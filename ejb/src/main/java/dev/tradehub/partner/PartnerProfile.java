package dev.tradehub.partner;

import java.util.List;
import java.util.Map;

/**
 * A trading partner's profile as an integration engineer writes it ({@code PUT /api/v1/partners/{code}}, the seed
 * file). Field names are part of the public API.
 *
 * @param code                short code, e.g. {@code ACME}
 * @param name                display name
 * @param standard            {@code X12} or {@code EDIFACT}
 * @param versions            versions the partner sends, e.g. {@code 004010} or {@code D96A}
 * @param odooCustomerRef     the {@code ref} of the customer in Odoo ({@code res.partner})
 * @param active              false stops processing of the partner's documents
 * @param interchangeIds      the partner's IDs in the interchange envelope (ISA05/06, UNB sender)
 * @param groupIds            the partner's IDs in functional groups (GS02, UNG sender)
 * @param ourIds              our IDs as the partner addresses us (ISA07/08, UNB recipient); empty = not checked
 * @param itemCrossReferences the buyer's part numbers for our products
 * @param unitsOfMeasure      the partner's unit codes -> Odoo unit names, over the defaults
 * @param maxAttempts         attempts before a message goes to the dead letter channel when Odoo keeps failing;
 *                            null = the default ({@code tradehub.retry.max-attempts})
 */
public record PartnerProfile(
        String code,
        String name,
        String standard,
        List<String> versions,
        String odooCustomerRef,
        Boolean active,
        List<EnvelopeId> interchangeIds,
        List<EnvelopeId> groupIds,
        List<EnvelopeId> ourIds,
        List<ItemReference> itemCrossReferences,
        Map<String, String> unitsOfMeasure,
        Integer maxAttempts) {

    public PartnerProfile {
        versions = versions == null ? List.of() : List.copyOf(versions);
        interchangeIds = interchangeIds == null ? List.of() : List.copyOf(interchangeIds);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        ourIds = ourIds == null ? List.of() : List.copyOf(ourIds);
        itemCrossReferences = itemCrossReferences == null ? List.of() : List.copyOf(itemCrossReferences);
        unitsOfMeasure = unitsOfMeasure == null ? Map.of() : Map.copyOf(unitsOfMeasure);
    }

    public boolean isActive() {
        return active == null || active;
    }

    /**
     * An identifier in an envelope.
     *
     * @param qualifier e.g. {@code ZZ}, {@code 01}, {@code 14}; null where the standard has none (GS02)
     * @param id        the identifier
     */
    public record EnvelopeId(String qualifier, String id) {
    }

    /**
     * A buyer's part number and our product: our default code ({@code vendorSku}) or a GTIN.
     */
    public record ItemReference(String buyerSku, String vendorSku, String gtin) {
    }
}

package dev.tradehub.partner;

import java.util.Map;
import java.util.Optional;

/**
 * What processing needs to know of a resolved partner: a snapshot, free of persistence.
 *
 * @param code            the partner's code
 * @param name            its name
 * @param active          whether its documents are processed
 * @param odooCustomerRef the customer's {@code ref} in Odoo
 * @param itemReferences  buyer SKU -> our product
 * @param units           the partner's unit code -> Odoo unit name, defaults included
 * @param maxAttempts     the partner's own limit of attempts, or null for the default
 * @param shipTo          where an order without a ship-to goes (the profile's {@code shipTo}), or null
 * @param channels        the profile's {@code channels}, or null
 */
public record TradingPartner(String code, String name, boolean active, String odooCustomerRef,
        Map<String, PartnerProfile.ItemReference> itemReferences, Map<String, String> units, Integer maxAttempts,
        PartnerProfile.ShipToSettings shipTo, ChannelSettings channels) {

    /** Whether the partner may send on this channel (the profile's {@code channels.inbound}; empty = any). */
    public boolean sendsOn(String channel) {
        return channels == null || channels.allowsInbound(channel);
    }

    /** Where an order without a ship-to goes: {@code CUSTOMER}, {@code ADDRESS} or {@code REJECT}. */
    public String shipToPolicy() {
        return shipTo == null ? "CUSTOMER" : shipTo.policy();
    }

    public Optional<PartnerProfile.ItemReference> itemReference(String buyerSku) {
        return Optional.ofNullable(buyerSku == null ? null : itemReferences.get(buyerSku));
    }

    /** The Odoo unit name for the partner's code (case-insensitive), if mapped. */
    public Optional<String> odooUnit(String partnerUnit) {
        return Optional.ofNullable(partnerUnit == null ? null : units.get(partnerUnit.trim().toUpperCase(java.util.Locale.ROOT)));
    }
}

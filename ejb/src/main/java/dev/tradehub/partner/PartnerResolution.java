package dev.tradehub.partner;

/**
 * The outcome of resolving an interchange's sender: the partner, or why there is none.
 *
 * @param partner the partner, null when unresolved
 * @param problem a readable reason when unresolved (unknown sender, inactive partner, not addressed to us)
 */
public record PartnerResolution(TradingPartner partner, String problem) {

    public static PartnerResolution of(TradingPartner partner) {
        return new PartnerResolution(partner, null);
    }

    public static PartnerResolution failed(String problem) {
        return new PartnerResolution(null, problem);
    }

    public boolean resolved() {
        return partner != null;
    }
}

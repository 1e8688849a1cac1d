package dev.tradehub.partner;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * A profile's acknowledgement and outbound settings as stored with the partner: one JSON document, read and
 * written whole, so that a new setting needs no new column.
 *
 * @param acknowledgements the profile's {@code acknowledgements}, or null
 * @param outbound         the profile's {@code outbound}, or null
 * @param documents        the profile's {@code documents}, or null
 * @param shipTo           the profile's {@code shipTo}, or null
 * @param channels         the profile's {@code channels}, or null
 */
public record PartnerSettings(PartnerProfile.AcknowledgementSettings acknowledgements, PartnerProfile.OutboundSettings outbound,
        PartnerProfile.DocumentSettings documents, PartnerProfile.ShipToSettings shipTo,
        ChannelSettings channels) {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    static String write(PartnerProfile profile) {
        if (profile.acknowledgements() == null && profile.outbound() == null && profile.documents() == null
                && profile.shipTo() == null && profile.channels() == null) {
            return null;
        }
        return JSONB.toJson(new PartnerSettings(profile.acknowledgements(), profile.outbound(), profile.documents(),
                profile.shipTo(), profile.channels()));
    }

    static PartnerSettings read(String json) {
        return json == null || json.isBlank() ? new PartnerSettings(null, null, null, null, null) : JSONB.fromJson(json, PartnerSettings.class);
    }
}

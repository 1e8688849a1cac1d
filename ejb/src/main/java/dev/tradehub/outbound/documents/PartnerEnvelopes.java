package dev.tradehub.outbound.documents;

import dev.tradehub.outbound.OutboundEnvelope;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.translation.EnvelopeFacts;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;
import java.util.List;
import java.util.Locale;

/**
 * The envelope a partner wants, from its profile: the partner's IDs, ours as it knows us, its delimiters, line ending
 * and version, and the test indicator of its mode. An answer to one of the partner's interchanges mirrors that
 * interchange's identifiers and syntax version unless the profile names them.
 */
public final class PartnerEnvelopes {

    private PartnerEnvelopes() {
    }

    /** The envelope of a document we originate. */
    public static OutboundEnvelope of(PartnerProfile profile) {
        return of(profile, false);
    }

    /**
     * The envelope of a document we originate about a partner's document: marked as test data when the profile is in
     * test mode or the partner's document was (an 855 for a test 850 is a test 855).
     */
    public static OutboundEnvelope of(PartnerProfile profile, boolean aboutTestData) {
        Standard standard = Standard.valueOf(profile.standard().toUpperCase(Locale.ROOT));
        PartnerProfile.OutboundSettings outbound = settings(profile);
        PartyId ours = id(outbound.ourId(), profile.ourIds(), "ourIds", profile);
        PartyId theirs = id(outbound.theirId(), profile.interchangeIds(), "interchangeIds", profile);
        return new OutboundEnvelope(profile.code(), standard, outbound.version(), ours, theirs, outbound.groupSender(),
                outbound.groupReceiver(), delimiters(standard, outbound), profile.isTest() || aboutTestData);
    }

    /** The envelope of an answer to {@code inbound}: addressed back to its sender, from the ID it addressed. */
    public static OutboundEnvelope answering(PartnerProfile profile, EnvelopeFacts inbound) {
        PartnerProfile.OutboundSettings outbound = settings(profile);
        PartyId ours = outbound.ourId() != null ? partyId(outbound.ourId()) : inbound.receiver();
        PartyId theirs = outbound.theirId() != null ? partyId(outbound.theirId()) : inbound.sender();
        String version = outbound.version() != null ? outbound.version() : inbound.version();
        return new OutboundEnvelope(profile.code(), inbound.standard(), version, ours, theirs, outbound.groupSender(),
                outbound.groupReceiver(), delimiters(inbound.standard(), outbound), profile.isTest() || inbound.test());
    }

    private static PartnerProfile.OutboundSettings settings(PartnerProfile profile) {
        return profile.outbound() != null ? profile.outbound()
                : new PartnerProfile.OutboundSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static PartyId id(PartnerProfile.EnvelopeId chosen, List<PartnerProfile.EnvelopeId> known, String field,
            PartnerProfile profile) {
        if (chosen != null) {
            return partyId(chosen);
        }
        if (known.isEmpty()) {
            throw new IllegalStateException("Partner " + profile.code() + " has no " + field
                    + " (nor outbound." + (field.equals("ourIds") ? "ourId" : "theirId") + "): no envelope can be written");
        }
        return partyId(known.get(0));
    }

    private static PartyId partyId(PartnerProfile.EnvelopeId id) {
        return new PartyId(id.qualifier(), id.id());
    }

    private static OutboundEnvelope.Delimiters delimiters(Standard standard, PartnerProfile.OutboundSettings outbound) {
        OutboundEnvelope.Delimiters defaults = OutboundEnvelope.Delimiters.defaults(standard);
        String lineEnding = outbound.lineEnding() == null ? defaults.lineEnding()
                : switch (outbound.lineEnding().trim().toUpperCase(Locale.ROOT)) {
                    case "NONE" -> "";
                    case "CRLF" -> "\r\n";
                    default -> "\n";
                };
        return new OutboundEnvelope.Delimiters(first(outbound.elementSeparator(), defaults.element()),
                first(outbound.componentSeparator(), defaults.component()),
                first(outbound.repetitionSeparator(), defaults.repetition()),
                first(outbound.segmentTerminator(), defaults.segment()), lineEnding);
    }

    private static char first(String chosen, char fallback) {
        return chosen == null || chosen.isEmpty() ? fallback : chosen.charAt(0);
    }
}

package dev.tradehub.partner;

import dev.tradehub.access.Actor;
import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditTrail;
import dev.tradehub.persistence.partner.ItemCrossReference;
import dev.tradehub.persistence.partner.Partner;
import dev.tradehub.persistence.partner.PartnerIdentifier;
import dev.tradehub.persistence.partner.PartnerIdentifier.Envelope;
import dev.tradehub.persistence.partner.PartnerIdentifier.Owner;
import dev.tradehub.persistence.partner.UnitMapping;
import dev.tradehub.translation.PartyId;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The trading partner registry: resolve a sender, read and write partner profiles. */
@Stateless
public class PartnerRegistry {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    /**
     * Finds the active partner whose interchange ID is {@code sender}, and checks that the interchange is
     * addressed to one of our IDs for that partner (when the profile lists any).
     */
    public PartnerResolution resolve(PartyId sender, PartyId receiver) {
        if (sender == null || sender.id() == null || sender.id().isBlank()) {
            return PartnerResolution.failed("The interchange names no sender");
        }
        List<PartnerIdentifier> candidates = entityManager.createQuery(
                        "SELECT i FROM PartnerIdentifier i WHERE i.value = :value AND i.owner = :owner"
                                + " AND i.envelope = :envelope", PartnerIdentifier.class)
                .setParameter("value", sender.id().trim())
                .setParameter("owner", Owner.THEIRS)
                .setParameter("envelope", Envelope.INTERCHANGE)
                .getResultList();
        Optional<Partner> match = candidates.stream()
                .filter(identifier -> qualifiersAgree(identifier.getQualifier(), sender.qualifier()))
                .map(PartnerIdentifier::getPartner)
                .findFirst();
        if (match.isEmpty()) {
            return PartnerResolution.failed("No trading partner has the interchange sender ID " + sender
                    + ": add it to a partner profile, then replay");
        }
        Partner partner = match.get();
        if (!partner.isActive()) {
            return inactive(partner);
        }
        List<PartnerIdentifier> ours = partner.getIdentifiers().stream()
                .filter(identifier -> identifier.getOwner() == Owner.OURS
                        && identifier.getEnvelope() == Envelope.INTERCHANGE)
                .toList();
        boolean addressedToUs = ours.isEmpty() || receiver != null && ours.stream().anyMatch(
                identifier -> identifier.getValue().equals(trim(receiver.id()))
                        && qualifiersAgree(identifier.getQualifier(), receiver.qualifier()));
        if (!addressedToUs) {
            return PartnerResolution.failed("Interchange from " + partner.getCode() + " is addressed to " + receiver
                    + ", which is not one of our IDs for this partner");
        }
        return PartnerResolution.of(snapshot(partner));
    }

    /**
     * The active partner a channel names (documents without an envelope, such as canonical JSON orders).
     */
    public PartnerResolution resolveByCode(String code) {
        if (code == null || code.isBlank()) {
            return PartnerResolution.failed("The document has no envelope to tell its sender: name the partner"
                    + " with the X-TradeHub-Partner header");
        }
        Partner partner = entityManager.find(Partner.class, code.trim());
        if (partner == null) {
            return PartnerResolution.failed("No trading partner has the code '" + code.trim() + "'");
        }
        return partner.isActive() ? PartnerResolution.of(snapshot(partner)) : inactive(partner);
    }

    private static PartnerResolution inactive(Partner partner) {
        return PartnerResolution.failed("Trading partner " + partner.getCode() + " is inactive: its documents are"
                + " kept but not processed");
    }

    public Optional<PartnerProfile> find(String code) {
        return Optional.ofNullable(entityManager.find(Partner.class, code)).map(this::profileOf);
    }

    /** An SFTP mailbox account belongs to one partner: its name signs in to that partner's folder only. */
    private void refuseTakenMailboxUser(PartnerProfile profile) {
        ChannelSettings.MailboxSettings mailbox = profile.channelSettings().mailbox();
        if (mailbox == null || mailbox.user() == null || mailbox.user().isBlank()) {
            return;
        }
        String user = mailbox.user().trim();
        for (PartnerProfile other : list()) {
            ChannelSettings.MailboxSettings theirs = other.channelSettings().mailbox();
            if (!other.code().equals(profile.code()) && theirs != null && theirs.user() != null
                    && theirs.user().trim().equalsIgnoreCase(user)) {
                throw new InvalidPartnerSettings("channels.mailbox.user '" + user + "' is already the SFTP mailbox"
                        + " account of partner " + other.code() + ": every partner needs an account of its own");
            }
        }
    }

    public List<PartnerProfile> list() {
        return entityManager.createQuery("SELECT p FROM Partner p ORDER BY p.code", Partner.class)
                .getResultList().stream().map(this::profileOf).toList();
    }

    /** Creates the partner or replaces its profile as a whole; returns what is now stored. Audited. */
    public PartnerProfile save(PartnerProfile profile, Actor by) {
        refuseTakenMailboxUser(profile);
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        Partner partner = entityManager.find(Partner.class, profile.code());
        String before = partner == null ? null : JSON.toJson(profileOf(partner));
        if (partner == null) {
            partner = new Partner(profile.code(), now);
            entityManager.persist(partner);
        }
        partner.describe(profile.name(), profile.standard().toUpperCase(Locale.ROOT),
                String.join(",", profile.versions()), profile.odooCustomerRef(), profile.isActive(),
                profile.maxAttempts(), now);
        partner.outbound(profile.mode() == null ? null : profile.mode().trim().toUpperCase(Locale.ROOT),
                PartnerSettings.write(profile));
        partner.getIdentifiers().clear();
        partner.getCrossReferences().clear();
        entityManager.flush();
        for (PartnerProfile.EnvelopeId id : profile.interchangeIds()) {
            partner.getIdentifiers().add(identifier(partner, Owner.THEIRS, Envelope.INTERCHANGE, id));
        }
        for (PartnerProfile.EnvelopeId id : profile.groupIds()) {
            partner.getIdentifiers().add(identifier(partner, Owner.THEIRS, Envelope.GROUP, id));
        }
        for (PartnerProfile.EnvelopeId id : profile.ourIds()) {
            partner.getIdentifiers().add(identifier(partner, Owner.OURS, Envelope.INTERCHANGE, id));
        }
        for (PartnerProfile.ItemReference reference : profile.itemCrossReferences()) {
            partner.getCrossReferences().add(new ItemCrossReference(partner, reference.buyerSku().trim(),
                    trim(reference.vendorSku()), trim(reference.gtin())));
        }
        entityManager.createQuery("DELETE FROM UnitMapping u WHERE u.partnerCode = :code")
                .setParameter("code", profile.code()).executeUpdate();
        profile.unitsOfMeasure().forEach((code, odooName) -> entityManager.persist(
                new UnitMapping(profile.code(), code.trim().toUpperCase(Locale.ROOT), odooName)));
        entityManager.flush();
        PartnerProfile stored = profileOf(partner);
        audit.record(by, AuditAction.PARTNER_SAVED, "partner " + profile.code(), before, JSON.toJson(stored));
        return stored;
    }

    /** Saves each profile whose code is not registered yet; returns how many were added. */
    public int addMissing(List<PartnerProfile> profiles) {
        int added = 0;
        for (PartnerProfile profile : profiles) {
            if (entityManager.find(Partner.class, profile.code()) == null) {
                save(profile, Actor.SYSTEM);
                added++;
            }
        }
        return added;
    }

    private TradingPartner snapshot(Partner partner) {
        Map<String, PartnerProfile.ItemReference> references = new HashMap<>();
        for (ItemCrossReference reference : partner.getCrossReferences()) {
            references.put(reference.getBuyerSku(), new PartnerProfile.ItemReference(reference.getBuyerSku(),
                    reference.getVendorSku(), reference.getGtin()));
        }
        Map<String, String> units = new HashMap<>();
        for (UnitMapping mapping : unitMappings(partner.getCode())) {
            // The partner's own rows come after the defaults and override them.
            units.put(mapping.getPartnerUnit().toUpperCase(Locale.ROOT), mapping.getOdooUnitName());
        }
        PartnerSettings settings = PartnerSettings.read(partner.getSettings());
        return new TradingPartner(partner.getCode(), partner.getName(), partner.isActive(),
                partner.getOdooCustomerRef(), Map.copyOf(references), Map.copyOf(units), partner.getMaxAttempts(),
                settings.shipTo(), settings.channels());
    }

    private List<UnitMapping> unitMappings(String partnerCode) {
        List<UnitMapping> rows = new ArrayList<>(entityManager.createQuery(
                        "SELECT u FROM UnitMapping u WHERE u.partnerCode IN (:all, :code)", UnitMapping.class)
                .setParameter("all", UnitMapping.ALL_PARTNERS)
                .setParameter("code", partnerCode)
                .getResultList());
        rows.sort((a, b) -> Boolean.compare(!UnitMapping.ALL_PARTNERS.equals(a.getPartnerCode()),
                !UnitMapping.ALL_PARTNERS.equals(b.getPartnerCode())));
        return rows;
    }

    private PartnerProfile profileOf(Partner partner) {
        PartnerSettings settings = PartnerSettings.read(partner.getSettings());
        Map<String, String> ownUnits = new LinkedHashMap<>();
        entityManager.createQuery("SELECT u FROM UnitMapping u WHERE u.partnerCode = :code ORDER BY u.partnerUnit",
                        UnitMapping.class)
                .setParameter("code", partner.getCode())
                .getResultList()
                .forEach(mapping -> ownUnits.put(mapping.getPartnerUnit(), mapping.getOdooUnitName()));
        return new PartnerProfile(partner.getCode(), partner.getName(), partner.getStandard(),
                partner.getVersions() == null || partner.getVersions().isBlank() ? List.of()
                        : List.of(partner.getVersions().split(",")),
                partner.getOdooCustomerRef(), partner.isActive(),
                envelopeIds(partner, Owner.THEIRS, Envelope.INTERCHANGE),
                envelopeIds(partner, Owner.THEIRS, Envelope.GROUP),
                envelopeIds(partner, Owner.OURS, Envelope.INTERCHANGE),
                partner.getCrossReferences().stream().map(reference -> new PartnerProfile.ItemReference(
                        reference.getBuyerSku(), reference.getVendorSku(), reference.getGtin())).toList(),
                ownUnits, partner.getMaxAttempts(), partner.getMode(), settings.acknowledgements(), settings.outbound(),
                settings.documents(), settings.shipTo(), settings.channels());
    }

    private static List<PartnerProfile.EnvelopeId> envelopeIds(Partner partner, Owner owner, Envelope envelope) {
        return partner.getIdentifiers().stream()
                .filter(identifier -> identifier.getOwner() == owner && identifier.getEnvelope() == envelope)
                .map(identifier -> new PartnerProfile.EnvelopeId(identifier.getQualifier(), identifier.getValue()))
                .toList();
    }

    private static PartnerIdentifier identifier(Partner partner, Owner owner, Envelope envelope,
            PartnerProfile.EnvelopeId id) {
        return new PartnerIdentifier(partner, owner, envelope, trim(id.qualifier()), id.id().trim());
    }

    /** A qualifier missing on either side matches any; otherwise they must be equal. */
    private static boolean qualifiersAgree(String registered, String sent) {
        String left = trim(registered);
        String right = trim(sent);
        return left == null || left.isEmpty() || right == null || right.isEmpty()
                || left.equalsIgnoreCase(right);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

}

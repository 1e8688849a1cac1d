package dev.tradehub.partner;

import dev.tradehub.access.Actor;
import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditTrail;
import dev.tradehub.persistence.partner.Partner;
import dev.tradehub.persistence.partner.StoredCsvLayout;
import dev.tradehub.translation.csv.CsvLayout;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/** Each partner's CSV layout; a partner without one sends the standard layout. */
@Stateless
public class CsvLayouts {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    /** The partner's layout, or the standard one. */
    public CsvLayout layoutOf(String partnerCode) {
        return settingsOf(partnerCode).toLayout();
    }

    public CsvLayoutSettings settingsOf(String partnerCode) {
        StoredCsvLayout stored = partnerCode == null ? null : entityManager.find(StoredCsvLayout.class, partnerCode);
        return stored == null ? CsvLayoutSettings.of(CsvLayout.standard())
                : JSON.fromJson(stored.getLayout(), CsvLayoutSettings.class);
    }

    /** Sets the partner's layout (validated: every problem is named at once). Audited. */
    public CsvLayoutSettings save(String partnerCode, CsvLayoutSettings settings, Actor by) {
        if (entityManager.find(Partner.class, partnerCode) == null) {
            throw new InvalidPartnerSettings("There is no partner " + partnerCode);
        }
        CsvLayoutSettings normalized = CsvLayoutSettings.of(settings.toLayout());
        String json = JSON.toJson(normalized);
        StoredCsvLayout stored = entityManager.find(StoredCsvLayout.class, partnerCode);
        String before = stored == null ? null : stored.getLayout();
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        if (stored == null) {
            entityManager.persist(new StoredCsvLayout(partnerCode, json, now));
        } else {
            stored.change(json, now);
        }
        audit.record(by, AuditAction.CSV_LAYOUT_SAVED, "partner " + partnerCode, before, json);
        return normalized;
    }
}

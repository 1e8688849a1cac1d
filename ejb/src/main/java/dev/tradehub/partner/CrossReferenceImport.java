package dev.tradehub.partner;

import dev.tradehub.access.Actor;
import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's item cross-references to and from CSV. An import is all or nothing: a file with a bad row changes
 * nothing and says which rows to fix, because half a price list of part numbers mapped is worse than none (orders
 * would fail on some lines and pass on others). A good file adds its references and replaces those whose buyer
 * SKU it names again; the partner's other references stay.
 */
@Stateless
public class CrossReferenceImport {

    @EJB
    private PartnerRegistry registry;

    @EJB
    private AuditTrail audit;

    /** What an import did: how many it added and replaced, or, when a row was bad, nothing and why. */
    public record Report(boolean imported, int added, int replaced, List<CrossReferenceCsv.RowProblem> problems) {
    }

    /** Imports the CSV into the partner's profile; empty when there is no such partner. Audited when it changes it. */
    public Optional<Report> importCsv(String partnerCode, String csv, Actor by) {
        Optional<PartnerProfile> found = registry.find(partnerCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CrossReferenceCsv.Reading reading = CrossReferenceCsv.read(csv);
        if (!reading.isClean()) {
            return Optional.of(new Report(false, 0, 0, reading.problems()));
        }
        PartnerProfile profile = found.get();
        Map<String, PartnerProfile.ItemReference> bySku = new LinkedHashMap<>();
        profile.itemCrossReferences().forEach(reference -> bySku.put(reference.buyerSku(), reference));
        int replaced = 0;
        for (PartnerProfile.ItemReference reference : reading.references()) {
            if (bySku.put(reference.buyerSku(), reference) != null) {
                replaced++;
            }
        }
        PartnerProfile changed = PartnerProfileRules.withCrossReferences(profile, new ArrayList<>(bySku.values()));
        List<String> problems = PartnerProfileRules.problems(partnerCode, changed);
        if (!problems.isEmpty()) {
            // The stored profile breaks rules added after it was saved: say so rather than save it half-checked.
            return Optional.of(new Report(false, 0, 0, problems.stream()
                    .map(problem -> new CrossReferenceCsv.RowProblem(0, "the partner's profile: " + problem)).toList()));
        }
        registry.save(changed, by);
        Report report = new Report(true, reading.references().size() - replaced, replaced, List.of());
        audit.record(by, AuditAction.CROSS_REFERENCES_IMPORTED, "partner " + partnerCode, null,
                report.added() + " added, " + report.replaced() + " replaced");
        return Optional.of(report);
    }

    /** The partner's cross-references as CSV that {@link #importCsv} reads back; empty when there is no such partner. */
    public Optional<String> exportCsv(String partnerCode) {
        return registry.find(partnerCode).map(profile -> CrossReferenceCsv.write(profile.itemCrossReferences()));
    }
}

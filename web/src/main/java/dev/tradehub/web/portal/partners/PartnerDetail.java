package dev.tradehub.web.portal.partners;

import dev.tradehub.access.Role;
import dev.tradehub.partner.CrossReferenceImport;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.web.portal.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One partner: its profile, its item cross-references, and their CSV import (ENGINEER and above, all or nothing:
 * {@link CrossReferenceImport}) and export.
 */
@Named
@ViewScoped
public class PartnerDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient PartnerRegistry registry;

    @EJB
    private transient CrossReferenceImport crossReferences;

    @Inject
    private CurrentUser user;

    private String code;
    private PartnerProfile partner;
    private transient Part upload;
    private CrossReferenceImport.Report report;

    /** The page's view action. */
    public void load() {
        partner = code == null ? null : registry.find(code).orElse(null);
        if (partner == null) {
            Messages.addGlobalError("There is no partner {0}.", code == null ? "(no code given)" : code);
        }
    }

    public void importCsv() throws IOException {
        if (!user.permits(Role.ENGINEER, "import cross-references")) {
            return;
        }
        if (upload == null || upload.getSize() == 0) {
            Messages.addGlobalError("Choose a CSV file first (buyerSku,vendorSku,gtin).");
            return;
        }
        String csv;
        try (InputStream in = upload.getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        report = crossReferences.importCsv(code, csv, user.actor()).orElse(null);
        if (report == null) {
            Messages.addGlobalError("There is no partner {0}.", code);
        } else if (report.imported()) {
            Messages.addGlobalInfo("Imported: {0} added, {1} replaced.", report.added(), report.replaced());
        } else {
            int rows = report.problems().size();
            Messages.addGlobalError("Nothing was imported: {0} {1} fixing (listed below).", rows,
                    rows == 1 ? "row needs" : "rows need");
        }
        load();
    }

    public void exportCsv() throws IOException {
        String csv = crossReferences.exportCsv(code).orElse(null);
        if (csv == null) {
            Messages.addGlobalError("There is no partner {0}.", code);
            return;
        }
        Faces.sendFile(csv.getBytes(StandardCharsets.UTF_8), code + "-cross-references.csv", true);
    }

    public List<PartnerProfile.ItemReference> getCrossReferences() {
        return partner == null ? List.of() : partner.itemCrossReferences();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PartnerProfile getPartner() {
        return partner;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public CrossReferenceImport.Report getReport() {
        return report;
    }
}

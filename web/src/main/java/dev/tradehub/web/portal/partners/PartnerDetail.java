package dev.tradehub.web.portal.partners;

import dev.tradehub.access.Role;
import dev.tradehub.channel.ChannelStatus;
import dev.tradehub.channel.ChannelStatuses;
import dev.tradehub.partner.ChannelSettings;
import dev.tradehub.partner.CrossReferenceImport;
import dev.tradehub.partner.CsvLayoutSettings;
import dev.tradehub.partner.CsvLayouts;
import dev.tradehub.partner.InvalidPartnerSettings;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One partner: its profile and channels, its item cross-references and their CSV import (ENGINEER and above, all or
 * nothing: {@link CrossReferenceImport}) and export, and the layout of its CSV orders ({@link CsvLayouts}, the same
 * service as {@code PUT /api/v1/partners/{code}/csv-layout}).
 */
@Named
@ViewScoped
public class PartnerDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient PartnerRegistry registry;

    @EJB
    private transient CrossReferenceImport crossReferences;

    @EJB
    private transient CsvLayouts csvLayouts;

    @Inject
    private CurrentUser user;

    @Inject
    private ChannelStatuses channelStatuses;

    /** One column of the CSV layout: the canonical field and the partner's header for it. */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String field;
        private String header;

        Column(String field, String header) {
            this.field = field;
            this.header = header;
        }

        public String getField() {
            return field;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }
    }

    private String csvDelimiter;
    private boolean csvDecimalComma;
    private String csvDatePattern;
    private List<Column> csvColumns = List.of();

    private String code;
    private PartnerProfile partner;
    private transient Part upload;
    private CrossReferenceImport.Report report;

    /** The page's view action. */
    public void load() {
        partner = code == null ? null : registry.find(code).orElse(null);
        if (partner == null) {
            Messages.addGlobalError("There is no partner {0}.", code == null ? "(no code given)" : code);
            return;
        }
        CsvLayoutSettings layout = csvLayouts.settingsOf(code);
        csvDelimiter = layout.delimiter();
        csvDecimalComma = Boolean.TRUE.equals(layout.decimalComma());
        csvDatePattern = layout.datePattern();
        List<Column> columns = new ArrayList<>();
        layout.columns().forEach((field, header) -> columns.add(new Column(field, header)));
        csvColumns = columns;
    }

    public void saveCsvLayout() {
        if (!user.permits(Role.ENGINEER, "change the CSV layout")) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        csvColumns.forEach(column -> headers.put(column.getField(), column.getHeader()));
        try {
            csvLayouts.save(code, new CsvLayoutSettings(csvDelimiter, csvDecimalComma,
                    csvDatePattern == null || csvDatePattern.isBlank() ? null : csvDatePattern, headers), user.actor());
            Messages.addGlobalInfo("The CSV layout of {0} is saved.", code);
            load();
        } catch (InvalidPartnerSettings e) {
            Messages.addGlobalError("The CSV layout was not saved: {0}", e.getMessage());
        }
    }

    /** The channels the partner sends on, as the profile names them. */
    public String getInboundChannels() {
        List<String> inbound = partner == null ? List.of() : partner.channelSettings().inbound();
        return inbound.isEmpty() ? "any" : String.join(", ", inbound);
    }

    /** How the partner's polled channels (SFTP, SFTP mailbox) fare: last poll, last error. */
    public List<ChannelStatus> getChannelStatuses() {
        return partner == null ? List.of() : channelStatuses.all().stream()
                .filter(status -> status.partner().equals(partner.code())).toList();
    }

    public ChannelSettings getChannels() {
        return partner == null ? null : partner.channelSettings();
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

    public String getCsvDelimiter() {
        return csvDelimiter;
    }

    public void setCsvDelimiter(String csvDelimiter) {
        this.csvDelimiter = csvDelimiter;
    }

    public boolean isCsvDecimalComma() {
        return csvDecimalComma;
    }

    public void setCsvDecimalComma(boolean csvDecimalComma) {
        this.csvDecimalComma = csvDecimalComma;
    }

    public String getCsvDatePattern() {
        return csvDatePattern;
    }

    public void setCsvDatePattern(String csvDatePattern) {
        this.csvDatePattern = csvDatePattern;
    }

    public List<Column> getCsvColumns() {
        return csvColumns;
    }

    public CrossReferenceImport.Report getReport() {
        return report;
    }
}

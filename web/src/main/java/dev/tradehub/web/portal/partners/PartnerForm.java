package dev.tradehub.web.portal.partners;

import dev.tradehub.partner.PartnerProfile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The onboarding form's fields, and their translation to and from a {@link PartnerProfile}. The form covers what an
 * engineer sets for a new partner; what it does not show (further envelope IDs, separators, ship-to rules,
 * cross-references) is kept as the stored profile has it.
 */
public class PartnerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String standard = "X12";
    private String versions;
    private String odooCustomerRef;
    private boolean active = true;
    private String mode = "TEST";
    private String theirQualifier;
    private String theirId;
    private String groupId;
    private String ourQualifier;
    private String ourId;
    private String functionalAcknowledgement = "BY_VERSION";
    private String interchangeAcknowledgement = "WHEN_REQUESTED";
    private Integer acknowledgementOverdueHours;
    private boolean orderResponse = true;
    private boolean shipNotice = true;
    private boolean invoice = true;
    private Integer orderResponseWithinHours;
    private Integer shipNoticeWithinHours;
    private Integer invoiceWithinHours;
    private String transport = "MAILBOX";
    private String folder;
    private String units;
    private Integer maxAttempts;

    /** The form filled from a stored profile. */
    static PartnerForm of(PartnerProfile p) {
        PartnerForm form = new PartnerForm();
        form.code = p.code();
        form.name = p.name();
        form.standard = p.standard();
        form.versions = String.join(", ", p.versions());
        form.odooCustomerRef = p.odooCustomerRef();
        form.active = p.isActive();
        form.mode = p.isTest() ? "TEST" : "PRODUCTION";
        if (!p.interchangeIds().isEmpty()) {
            form.theirQualifier = p.interchangeIds().get(0).qualifier();
            form.theirId = p.interchangeIds().get(0).id();
        }
        if (!p.groupIds().isEmpty()) {
            form.groupId = p.groupIds().get(0).id();
        }
        if (!p.ourIds().isEmpty()) {
            form.ourQualifier = p.ourIds().get(0).qualifier();
            form.ourId = p.ourIds().get(0).id();
        }
        if (p.acknowledgements() != null) {
            form.functionalAcknowledgement = orElse(p.acknowledgements().functional(), "BY_VERSION");
            form.interchangeAcknowledgement = orElse(p.acknowledgements().interchange(), "WHEN_REQUESTED");
            form.acknowledgementOverdueHours = p.acknowledgements().overdueHours();
        }
        PartnerProfile.DocumentSettings documents = p.documentSettings();
        form.orderResponse = documents.wantsOrderResponse();
        form.shipNotice = documents.wantsShipNotice();
        form.invoice = documents.wantsInvoice();
        form.orderResponseWithinHours = documents.orderResponseWithinHours();
        form.shipNoticeWithinHours = documents.shipNoticeWithinHours();
        form.invoiceWithinHours = documents.invoiceWithinHours();
        if (p.outbound() != null) {
            form.transport = orElse(p.outbound().transport(), "MAILBOX");
            form.folder = p.outbound().folder();
        }
        StringBuilder unitLines = new StringBuilder();
        p.unitsOfMeasure().forEach((unit, odooName) -> unitLines.append(unit).append('=').append(odooName).append('\n'));
        form.units = unitLines.toString();
        form.maxAttempts = p.maxAttempts();
        return form;
    }

    /**
     * The profile the form describes, over {@code stored} (null for a new partner). Units the form cannot read as
     * {@code CODE=Odoo unit} lines are reported in {@code problems}.
     */
    PartnerProfile toProfile(PartnerProfile stored, List<String> problems) {
        List<PartnerProfile.EnvelopeId> theirs = replaceFirst(stored == null ? List.of() : stored.interchangeIds(),
                blank(theirId) ? null : new PartnerProfile.EnvelopeId(trim(theirQualifier), theirId.trim()));
        List<PartnerProfile.EnvelopeId> groups = replaceFirst(stored == null ? List.of() : stored.groupIds(),
                blank(groupId) ? null : new PartnerProfile.EnvelopeId(null, groupId.trim()));
        List<PartnerProfile.EnvelopeId> ours = replaceFirst(stored == null ? List.of() : stored.ourIds(),
                blank(ourId) ? null : new PartnerProfile.EnvelopeId(trim(ourQualifier), ourId.trim()));
        PartnerProfile.AcknowledgementSettings acknowledgements = new PartnerProfile.AcknowledgementSettings(
                functionalAcknowledgement, interchangeAcknowledgement,
                stored == null || stored.acknowledgements() == null ? null : stored.acknowledgements().onDuplicate(),
                acknowledgementOverdueHours);
        PartnerProfile.DocumentSettings before = stored == null ? null : stored.documents();
        PartnerProfile.DocumentSettings documents = new PartnerProfile.DocumentSettings(orderResponse,
                before == null ? null : before.orderResponseOnChange(), shipNotice, invoice, orderResponseWithinHours,
                shipNoticeWithinHours, invoiceWithinHours, before == null ? null : before.claimCustomerOrders());
        PartnerProfile.OutboundSettings o = stored == null ? null : stored.outbound();
        PartnerProfile.OutboundSettings outbound = o == null
                ? new PartnerProfile.OutboundSettings(null, null, null, null, null, null, null, null, null, null,
                        transport, trim(folder))
                : new PartnerProfile.OutboundSettings(o.ourId(), o.theirId(), o.version(), o.elementSeparator(),
                        o.componentSeparator(), o.repetitionSeparator(), o.segmentTerminator(), o.lineEnding(),
                        o.groupSender(), o.groupReceiver(), transport, trim(folder));
        return new PartnerProfile(trim(code), trim(name), standard, list(versions), trim(odooCustomerRef), active,
                theirs, groups, ours, stored == null ? List.of() : stored.itemCrossReferences(), units(problems),
                maxAttempts, mode, acknowledgements, outbound, documents, stored == null ? null : stored.shipTo(),
                stored == null ? null : stored.channels());
    }

    private Map<String, String> units(List<String> problems) {
        Map<String, String> mapped = new LinkedHashMap<>();
        if (units == null) {
            return mapped;
        }
        int line = 0;
        for (String text : units.split("\\R")) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            int equals = text.indexOf('=');
            if (equals <= 0 || equals == text.length() - 1) {
                problems.add("units line " + line + " '" + text.trim() + "' must read CODE=Odoo unit, e.g. CS=Case");
            } else {
                mapped.put(text.substring(0, equals).trim(), text.substring(equals + 1).trim());
            }
        }
        return mapped;
    }

    private static List<PartnerProfile.EnvelopeId> replaceFirst(List<PartnerProfile.EnvelopeId> stored,
            PartnerProfile.EnvelopeId first) {
        List<PartnerProfile.EnvelopeId> ids = new ArrayList<>(stored);
        if (!ids.isEmpty()) {
            ids.remove(0);
        }
        if (first != null) {
            ids.add(0, first);
        }
        return ids;
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(v -> !v.isBlank()).toList();
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStandard() { return standard; }
    public void setStandard(String standard) { this.standard = standard; }
    public String getVersions() { return versions; }
    public void setVersions(String versions) { this.versions = versions; }
    public String getOdooCustomerRef() { return odooCustomerRef; }
    public void setOdooCustomerRef(String odooCustomerRef) { this.odooCustomerRef = odooCustomerRef; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getTheirQualifier() { return theirQualifier; }
    public void setTheirQualifier(String theirQualifier) { this.theirQualifier = theirQualifier; }
    public String getTheirId() { return theirId; }
    public void setTheirId(String theirId) { this.theirId = theirId; }
    public String getGroupId() { return groupId; }
    public void setGroupId(String groupId) { this.groupId = groupId; }
    public String getOurQualifier() { return ourQualifier; }
    public void setOurQualifier(String ourQualifier) { this.ourQualifier = ourQualifier; }
    public String getOurId() { return ourId; }
    public void setOurId(String ourId) { this.ourId = ourId; }
    public String getFunctionalAcknowledgement() { return functionalAcknowledgement; }
    public void setFunctionalAcknowledgement(String value) { this.functionalAcknowledgement = value; }
    public String getInterchangeAcknowledgement() { return interchangeAcknowledgement; }
    public void setInterchangeAcknowledgement(String value) { this.interchangeAcknowledgement = value; }
    public Integer getAcknowledgementOverdueHours() { return acknowledgementOverdueHours; }
    public void setAcknowledgementOverdueHours(Integer hours) { this.acknowledgementOverdueHours = hours; }
    public boolean isOrderResponse() { return orderResponse; }
    public void setOrderResponse(boolean orderResponse) { this.orderResponse = orderResponse; }
    public boolean isShipNotice() { return shipNotice; }
    public void setShipNotice(boolean shipNotice) { this.shipNotice = shipNotice; }
    public boolean isInvoice() { return invoice; }
    public void setInvoice(boolean invoice) { this.invoice = invoice; }
    public Integer getOrderResponseWithinHours() { return orderResponseWithinHours; }
    public void setOrderResponseWithinHours(Integer hours) { this.orderResponseWithinHours = hours; }
    public Integer getShipNoticeWithinHours() { return shipNoticeWithinHours; }
    public void setShipNoticeWithinHours(Integer hours) { this.shipNoticeWithinHours = hours; }
    public Integer getInvoiceWithinHours() { return invoiceWithinHours; }
    public void setInvoiceWithinHours(Integer hours) { this.invoiceWithinHours = hours; }
    public String getTransport() { return transport; }
    public void setTransport(String transport) { this.transport = transport; }
    public String getFolder() { return folder; }
    public void setFolder(String folder) { this.folder = folder; }
    public String getUnits() { return units; }
    public void setUnits(String units) { this.units = units; }
    public Integer getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
}

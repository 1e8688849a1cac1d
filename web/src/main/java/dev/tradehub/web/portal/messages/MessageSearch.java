package dev.tradehub.web.portal.messages;

import dev.tradehub.access.Role;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.messagelog.MessageLog;
import dev.tradehub.messagelog.MessagePage;
import dev.tradehub.messagelog.MessageQuery;
import dev.tradehub.messagelog.MessageSummary;
import dev.tradehub.orchestration.MessageReplay;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.persistence.messagelog.Direction;
import dev.tradehub.persistence.messagelog.MessageStatus;
import dev.tradehub.web.portal.CurrentUser;
import dev.tradehub.web.portal.LazyTables;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The message search: the filter (from the URL's parameters or the form), a lazy table whose every page is one
 * database query of {@link MessageLog#search}, and the bulk replay of what the filter selects, previewed first.
 */
@Named
@ViewScoped
public class MessageSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient MessageLog messageLog;

    @EJB
    private transient MessageReplay replay;

    @EJB
    private transient PartnerRegistry partners;

    @Inject
    private CurrentUser user;

    private String poNumber;
    private String partner;
    private String status;
    private String category;
    private String docType;
    private String direction;
    /** Outbound documents in one acknowledgement state (OVERDUE from the dashboard). */
    private String acknowledgement;
    private LocalDate fromDate;
    private LocalDate toDate;
    /** An exact start (UTC, ISO-8601) from a dashboard link; a date picked in the form replaces it. */
    private String since;
    private Long replayPreview;

    private final LazyDataModel<MessageSummary> results = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, messageLog.search(query(0, 1)).total());
        }

        @Override
        public List<MessageSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            MessagePage page = messageLog.search(query(first / pageSize, pageSize));
            // The page's own total: the paginator then agrees with the rows shown even when messages came in.
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(MessageSummary message) {
            return message.id();
        }
    };

    /** The filter as the message log reads it: blank fields do not filter, dates are whole UTC days. */
    MessageQuery query(int page, int size) {
        LocalDateTime from = fromDate != null ? fromDate.atStartOfDay() : sinceTime();
        LocalDateTime to = toDate == null ? null : toDate.plusDays(1).atStartOfDay();
        return new MessageQuery(blankToNull(partner), blankToNull(status), blankToNull(category), blankToNull(docType),
                blankToNull(poNumber), from, to, page, size, blankToNull(direction), blankToNull(acknowledgement));
    }

    private LocalDateTime sinceTime() {
        if (blankToNull(since) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(since.trim()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            Messages.addGlobalWarn("The start time {0} in the link is not a time; it is left out.", since);
            since = null;
            return null;
        }
    }

    /** The search button: the table reads its first page again with the form's filter. */
    public void search() {
        since = fromDate == null ? since : null;
        replayPreview = null;
        LazyTables.firstPage("search:results");
    }

    public void clear() {
        poNumber = partner = status = category = docType = direction = acknowledgement = since = null;
        fromDate = toDate = null;
        replayPreview = null;
        LazyTables.firstPage("search:results");
    }

    /** How many finished messages a bulk replay of this filter would touch now, for the confirmation dialog. */
    public void previewReplay() {
        if (!user.permits(Role.OPERATOR, "replay messages")) {
            replayPreview = null;
            return;
        }
        replayPreview = replay.countSelected(query(0, 1));
    }

    public void replaySelected() {
        if (!user.permits(Role.OPERATOR, "replay messages")) {
            return;
        }
        MessageReplay.BulkOutcome outcome = replay.replaySelected(query(0, 1), user.actor());
        Messages.addGlobalInfo("{0} of {1} messages queued for replay{2}.", outcome.queued(), outcome.matched(),
                outcome.matched() > outcome.queued() ? "; replay again for the rest" : "");
        replayPreview = null;
    }

    /** What a filter without a status replays, in words for the dialog. */
    public String getReplayedByDefault() {
        return String.join(", ", MessageReplay.REPLAYED_BY_DEFAULT.stream().map(Enum::name).toList());
    }

    public List<String> getStatuses() {
        return Arrays.stream(MessageStatus.values()).map(Enum::name).toList();
    }

    public List<String> getCategories() {
        return Arrays.stream(ErrorCategory.values()).map(Enum::name).toList();
    }

    public List<String> getDirections() {
        return Arrays.stream(Direction.values()).map(Enum::name).toList();
    }

    public List<String> getPartnerCodes() {
        return partners.list().stream().map(PartnerProfile::code).toList();
    }

    public LazyDataModel<MessageSummary> getResults() {
        return results;
    }

    public Long getReplayPreview() {
        return replayPreview;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getPoNumber() {
        return poNumber;
    }

    public void setPoNumber(String poNumber) {
        this.poNumber = poNumber;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDocType() {
        return docType;
    }

    public void setDocType(String docType) {
        this.docType = docType;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(String acknowledgement) {
        this.acknowledgement = acknowledgement;
    }

    public List<String> getAcknowledgementStates() {
        return Arrays.stream(dev.tradehub.persistence.messagelog.AcknowledgementState.values()).map(Enum::name).toList();
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }
}

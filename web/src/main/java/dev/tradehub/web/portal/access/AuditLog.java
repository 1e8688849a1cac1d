package dev.tradehub.web.portal.access;

import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditEntryView;
import dev.tradehub.access.AuditQuery;
import dev.tradehub.access.AuditTrail;
import dev.tradehub.web.portal.LazyTables;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log, newest first, filtered by actor, action, subject and days; each page one query of {@link AuditTrail}. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AuditTrail trail;

    private String actor;
    private AuditAction action;
    private String subject;
    private LocalDate fromDate;
    private LocalDate toDate;

    private final LazyDataModel<AuditEntryView> entries = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(query()));
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return trail.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return Long.toString(entry.id());
        }
    };

    AuditQuery query() {
        return new AuditQuery(blankToNull(actor), action, blankToNull(subject),
                fromDate == null ? null : fromDate.atStartOfDay(), toDate == null ? null : toDate.plusDays(1).atStartOfDay());
    }

    /** The search button: the table reads its first page again with the form's filter. */
    public void search() {
        LazyTables.firstPage("audit:entries");
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
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
}

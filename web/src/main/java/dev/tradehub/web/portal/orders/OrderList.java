package dev.tradehub.web.portal.orders;

import dev.tradehub.lifecycle.OrderTimeline;
import dev.tradehub.lifecycle.OrderTimelines;
import dev.tradehub.web.portal.LazyTables;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The orders, most recent first, each with its timeline: {@link OrderTimelines}, as {@code GET /api/v1/orders}. */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient OrderTimelines timelines;

    private String partner;
    private String poNumber;

    private final LazyDataModel<OrderTimeline> orders = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, timelines.count(blankToNull(partner), blankToNull(poNumber)));
        }

        @Override
        public List<OrderTimeline> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return timelines.search(blankToNull(partner), blankToNull(poNumber), first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(OrderTimeline order) {
            return Long.toString(order.id());
        }
    };

    /** The search button: the table reads its first page again with the form's filter. */
    public void search() {
        LazyTables.firstPage("orders:table");
    }

    public LazyDataModel<OrderTimeline> getOrders() {
        return orders;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public void setPoNumber(String poNumber) {
        this.poNumber = poNumber;
    }
}

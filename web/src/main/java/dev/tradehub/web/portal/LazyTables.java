package dev.tradehub.web.portal;

import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/** What the portal's lazy tables share. */
public final class LazyTables {

    private LazyTables() {
    }

    /** Puts a lazy table back on its first page, as a new filter wants (page 3 of the old filter means nothing). */
    public static void firstPage(String tableClientId) {
        DataTable table = Components.findComponent(tableClientId);
        if (table != null) {
            table.setFirst(0);
        }
    }
}

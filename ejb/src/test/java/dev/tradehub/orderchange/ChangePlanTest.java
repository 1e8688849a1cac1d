package dev.tradehub.orderchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderChange;
import dev.tradehub.canonical.OrderChange.Action;
import dev.tradehub.canonical.OrderChange.LineChange;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import dev.tradehub.odoo.SaleOrderChange.LineUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePlanTest {

    private static final CanonicalOrder ORDER = new CanonicalOrder("PO-9", LocalDate.of(2026, 11, 27), "USD",
            new Party("ACME", "Acme"), null, LocalDate.of(2026, 12, 15), List.of(
                    new OrderLine("1", new BigDecimal("5"), "EA", new BigDecimal("450"), null, "FURN_7800", null, null),
                    new OrderLine("2", new BigDecimal("2"), "CA", new BigDecimal("90"), null, null, "ACM-LAMP-01", null),
                    new OrderLine("3", new BigDecimal("4"), "EA", null, "4006381333931", null, null, null)), 3);
    private static final List<Long> SALE_LINES = List.of(51L, 52L, 53L);

    private static OrderChange change(OrderChange.Purpose purpose, LocalDate date, LineChange... lines) {
        return new OrderChange("PO-9", "1", LocalDate.of(2026, 11, 30), purpose, date, List.of(lines));
    }

    private static LineChange line(String no, Action action, String qty, String uom, String price) {
        return new LineChange(no, action, qty == null ? null : new BigDecimal(qty), uom,
                price == null ? null : new BigDecimal(price), null, null, null);
    }

    @Test
    void quantitiesPricesAddedAndCancelledLinesBecomeOneWrite() {
        ChangePlan plan = ChangePlan.of(ORDER, SALE_LINES, change(OrderChange.Purpose.CHANGE, LocalDate.of(2026, 12, 20),
                line("001", Action.CHANGE, "8", "EA", null),
                line("2", Action.CHANGE, "2", null, "85.50"),
                line("3", Action.CANCEL, null, null, null),
                new LineChange("4", Action.ADD, new BigDecimal("6"), "EA", new BigDecimal("12"), null, "FURN_0001",
                        null)));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.odooChange().updates()).containsExactly(new LineUpdate(51, new BigDecimal("8"), null),
                new LineUpdate(52, null, new BigDecimal("85.50")), new LineUpdate(53, BigDecimal.ZERO, null));
        assertThat(plan.odooChange().commitmentDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(plan.added()).extracting(OrderLine::vendorSku).containsExactly("FURN_0001");
        assertThat(plan.changed().lines()).extracting(OrderLine::qty).containsExactly(new BigDecimal("8"),
                new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("6"));
        assertThat(plan.changed().lines().get(1).unitPrice()).isEqualByComparingTo("85.50");
        assertThat(plan.changed().requestedShipDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(plan.description()).containsExactly("line 001 quantity 5 -> 8", "line 2 price 90 -> 85.50",
                "line 3 cancelled", "line 4 added: 6 EA", "requested date 2026-12-15 -> 2026-12-20");
    }

    @Test
    void aReplacementCancelsTheLinesItLeavesOut() {
        ChangePlan plan = ChangePlan.of(ORDER, SALE_LINES, change(OrderChange.Purpose.REPLACE, null,
                line("2", Action.CHANGE, "3", "CA", "90")));

        assertThat(plan.odooChange().updates()).containsExactly(new LineUpdate(52, new BigDecimal("3"), null),
                new LineUpdate(51, BigDecimal.ZERO, null), new LineUpdate(53, BigDecimal.ZERO, null));
        assertThat(plan.odooChange().commitmentDate()).isNull();
    }

    @Test
    void whatCannotBeAppliedIsNamed() {
        ChangePlan plan = ChangePlan.of(ORDER, SALE_LINES, change(OrderChange.Purpose.CHANGE, null,
                line("9", Action.CHANGE, "1", null, null),
                line("2", Action.CHANGE, "12", "EA", null),
                line("1", Action.ADD, "1", "EA", null)));

        assertThat(plan.problems()).containsExactly("line 9 is not a line of purchase order PO-9",
                "line 2 changes its unit from CA to EA: send the quantity in CA",
                "line 1 is added, but the order already has a line 1");
    }

    @Test
    void aChangeToWhatTheOrderAlreadySaysChangesNothing() {
        ChangePlan plan = ChangePlan.of(ORDER, SALE_LINES, change(OrderChange.Purpose.CHANGE,
                LocalDate.of(2026, 12, 15), line("1", Action.CHANGE, "5.0", "EA", "450.00")));

        assertThat(plan.odooChange().isEmpty()).isTrue();
        assertThat(plan.description()).containsExactly("line 1 unchanged");
    }
}

package dev.tradehub.orchestration.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import dev.tradehub.mapping.MappedOrder;
import dev.tradehub.mapping.OrderMapper;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooClients;
import dev.tradehub.odoo.OdooSettings;
import dev.tradehub.odoo.SaleOrderDraft;
import dev.tradehub.odoo.emulator.OdooEmulator;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerProfile.ItemReference;
import dev.tradehub.partner.TradingPartner;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.TransactionSet;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mapping and idempotent placement against the real client and the Odoo emulator's demo data. */
class OrderMappingAndPlacementTest {

    private static final TradingPartner ACME = new TradingPartner("ACME", "Acme", true, "CUST-0001",
            Map.of("ACM-LAMP-01", new ItemReference("ACM-LAMP-01", "FURN_8888", null)),
            Map.of("EA", "Units", "CA", "Pack of 6", "DZ", "Dozens"), null, null, null);

    private OdooEmulator emulator;
    private OdooClient odoo;

    @BeforeEach
    void start() {
        emulator = OdooEmulator.builder().port(0).start();
        odoo = OdooClients.create(OdooSettings.of(URI.create(emulator.url()), emulator.database(), "admin",
                emulator.apiKey(), OdooSettings.Protocol.JSON2));
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void mapsCustomerShipToProductsByEveryIdentifierAndUnits() {
        CanonicalOrder order = order("PO-1", shipTo("DC042"),
                line("1", "5", "EA", "295.00", "00036000291452", null, null),   // GTIN-14 of the stored UPC-A
                line("2", "1", "CA", "90", null, null, "ACM-LAMP-01"),            // buyer SKU cross-reference
                line("3", "2", "DZ", null, null, "FURN_7800", null),             // our code; Dozens is archived
                line("4", "3", "EA", "100", "4006381333931", "WRONG", null));    // GTIN wins over a bad code

        MappedOrder mapped = new OrderMapper(odoo).map(ACME, List.of(set("0001", order))).get(0);

        assertThat(mapped.errors()).isEmpty();
        SaleOrderDraft draft = mapped.draft();
        assertThat(draft.partnerId()).isEqualTo(45);
        assertThat(draft.shippingPartnerId()).isEqualTo(46L);
        assertThat(draft.clientOrderRef()).isEqualTo("PO-1");
        assertThat(draft.commitmentDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(draft.lines()).extracting(SaleOrderDraft.Line::productId).containsExactly(21L, 6L, 8L, 26L);
        assertThat(draft.lines()).extracting(SaleOrderDraft.Line::unitId).containsExactly(1L, 2L, 3L, 1L);
        assertThat(draft.lines()).extracting(SaleOrderDraft.Line::quantity)
                .containsExactly(new BigDecimal("5"), new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"));
        assertThat(draft.lines().get(2).priceUnit()).isNull();
    }

    @Test
    void namesExactlyWhatIsMissing() {
        CanonicalOrder order = order("PO-2", shipTo("DC999"),
                line("1", "1", "EA", "1", "036000291453", null, null),
                line("2", "1", "XX", "1", null, "FURN_7800", null),
                line("3", "1", "EA", "1", null, null, "UNKNOWN-SKU"));

        MappedOrder mapped = new OrderMapper(odoo).map(ACME, List.of(set("0002", order))).get(0);

        assertThat(mapped.mapped()).isFalse();
        assertThat(mapped.errors()).allSatisfy(error -> {
            assertThat(error.category()).isEqualTo(ErrorCategory.MAPPING);
            assertThat(error.location().transaction()).isEqualTo("0002");
        });
        assertThat(mapped.errors()).extracting(error -> error.message()).containsExactly(
                "Ship-to 'DC999' (Acme Warehouse Dock) is not an address of customer Acme Integration Corp in Odoo:"
                        + " add a contact with ref 'DC999' under it",
                "line 1 (line number 1): no Odoo product found for barcode 00036000291453 / 0036000291453 / 036000291453",
                "line 2 (line number 2): unit of measure 'XX' has no mapping for partner ACME (add it to the"
                        + " partner's unitsOfMeasure)",
                "line 3 (line number 3): no Odoo product found for buyer SKU 'UNKNOWN-SKU' (no cross-reference for"
                        + " partner ACME)");
    }

    @Test
    void anOrderWithoutShipToGoesWhereTheProfileSaysNeverWhereOdooWouldPick() {
        CanonicalOrder order = order("PO-NO-SHIP-TO", null, line("1", "1", "EA", "1", null, "FURN_7800", null));
        assertThat(mapWith(null, order).draft().shippingPartnerId()).as("the customer itself, not its first store")
                .isEqualTo(45L);
        assertThat(mapWith(new PartnerProfile.ShipToSettings("ADDRESS", "DC042"), order).draft().shippingPartnerId())
                .isEqualTo(46L);
        assertThat(mapWith(new PartnerProfile.ShipToSettings("ADDRESS", "DC999"), order).errors())
                .extracting(error -> error.message()).containsExactly("The order names no ship-to, and the address"
                        + " the profile of ACME gives for that (shipTo.addressRef 'DC999') is not an address of customer"
                        + " Acme Integration Corp in Odoo");
        MappedOrder rejected = mapWith(new PartnerProfile.ShipToSettings("REJECT", null), order);
        assertThat(rejected.errors()).singleElement().satisfies(error -> {
            assertThat(error.category()).isEqualTo(ErrorCategory.MAPPING);
            assertThat(error.message()).isEqualTo("The order names no ship-to, and the profile of ACME rejects such"
                    + " orders (shipTo.whenMissing REJECT)");
        });
    }

    private MappedOrder mapWith(PartnerProfile.ShipToSettings policy, CanonicalOrder order) {
        TradingPartner partner = new TradingPartner(ACME.code(), ACME.name(), true, ACME.odooCustomerRef(),
                ACME.itemReferences(), ACME.units(), null, policy, null);
        return new OrderMapper(odoo).map(partner, List.of(set("0003", order))).get(0);
    }

    @Test
    void unknownCustomerIsAMappingError() {
        TradingPartner stranger = new TradingPartner("X", "X", true, "CUST-9999", Map.of(), Map.of("EA", "Units"), null, null, null);
        MappedOrder mapped = new OrderMapper(odoo).map(stranger,
                List.of(set("1", order("PO-3", null, line("1", "1", "EA", "1", null, "FURN_7800", null))))).get(0);
        assertThat(mapped.errors()).extracting(error -> error.message())
                .containsExactly("No Odoo customer (res.partner) has the ref 'CUST-9999' of partner X");
    }

    @Test
    void placesABatchInOneCreateAndNeverTwice() {
        List<SaleOrderDraft> drafts = List.of(draft("PO-A"), draft("PO-B"));

        List<OrderPlacement.Outcome> first = new OrderPlacement(odoo).place(drafts);
        List<OrderPlacement.Outcome> again = new OrderPlacement(odoo).place(drafts);

        assertThat(first).allSatisfy(outcome -> {
            assertThat(outcome.confirmed()).isTrue();
            assertThat(outcome.existed()).isFalse();
            assertThat(outcome.orderName()).startsWith("S");
        });
        assertThat(again).extracting(OrderPlacement.Outcome::existed).containsExactly(true, true);
        assertThat(again).extracting(OrderPlacement.Outcome::orderId)
                .containsExactlyElementsOf(first.stream().map(OrderPlacement.Outcome::orderId).toList());
        assertThat(emulator.callCount("sale.order", "create")).isEqualTo(1);
        assertThat(emulator.callCount("sale.order", "action_confirm")).isEqualTo(1);
        assertThat(emulator.saleOrders()).hasSize(2);
    }

    @Test
    void aDraftLeftByAnEarlierAttemptIsOnlyConfirmed() {
        long id = odoo.createSaleOrders(List.of(draft("PO-HALF"))).get(0);

        OrderPlacement.Outcome outcome = new OrderPlacement(odoo).place(List.of(draft("PO-HALF"))).get(0);

        assertThat(outcome.existed()).isTrue();
        assertThat(outcome.orderId()).isEqualTo(id);
        assertThat(outcome.confirmed()).isTrue();
        assertThat(emulator.callCount("sale.order", "create")).isEqualTo(1);
        assertThat(emulator.saleOrders()).singleElement().satisfies(order -> assertThat(order.state()).isEqualTo("sale"));
    }

    @Test
    void aRejectedOrderFailsAloneWithOdoosText() {
        emulator.faults().rejectOrders("PO-BAD-.*", "The customer is blocked for PO-BAD orders");

        List<OrderPlacement.Outcome> outcomes = new OrderPlacement(odoo)
                .place(List.of(draft("PO-OK-1"), draft("PO-BAD-1"), draft("PO-OK-2")));

        assertThat(outcomes).extracting(OrderPlacement.Outcome::rejected).containsExactly(false, true, false);
        assertThat(outcomes.get(1).rejection().getMessage()).contains("The customer is blocked for PO-BAD orders");
        assertThat(outcomes.get(1).rejection().errorName()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(emulator.saleOrders()).extracting(order -> order.clientOrderRef())
                .containsExactlyInAnyOrder("PO-OK-1", "PO-OK-2");
    }

    @Test
    void aBatchOfSeveralCustomersIsLookedUpInOneSearchAndPairedByCustomerAndRef() {
        new OrderPlacement(odoo).place(List.of(draft("PO-SAME")));
        long before = emulator.callCount("sale.order", "search_read");

        // The same PO number at another customer is another order; the first customer's is found, not made again.
        List<OrderPlacement.Outcome> outcomes = new OrderPlacement(odoo)
                .place(List.of(draft("PO-SAME"), draft(47, "PO-SAME"), draft(47, "PO-OTHER")));

        assertThat(emulator.callCount("sale.order", "search_read") - before).isEqualTo(1);
        assertThat(outcomes).extracting(OrderPlacement.Outcome::existed).containsExactly(true, false, false);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.confirmed()).isTrue());
        assertThat(emulator.saleOrders()).hasSize(3);
    }

    @Test
    void aRejectedBatchIsSplitInHalvesDownToTheGuiltyOrder() {
        emulator.faults().rejectOrders("PO-BAD-.*", "The customer is blocked for PO-BAD orders");
        List<SaleOrderDraft> drafts = new java.util.ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            drafts.add(draft(i == 11 ? "PO-BAD-11" : "PO-OK-" + i));
        }

        List<OrderPlacement.Outcome> outcomes = new OrderPlacement(odoo).place(drafts);

        assertThat(outcomes).filteredOn(OrderPlacement.Outcome::rejected).singleElement()
                .satisfies(outcome -> assertThat(outcome.draft().clientOrderRef()).isEqualTo("PO-BAD-11"));
        assertThat(emulator.saleOrders()).hasSize(15);
        // 16 -> 8+8 -> 4+4 -> 2+2 -> 1+1: 9 creates, where one per order would have taken 17.
        assertThat(emulator.callCount("sale.order", "create")).isEqualTo(9);
        assertThat(emulator.callCount("sale.order", "action_confirm")).isEqualTo(1);
    }

    private static SaleOrderDraft draft(String poNumber) {
        return draft(45, poNumber);
    }

    private static SaleOrderDraft draft(long customerId, String poNumber) {
        return new SaleOrderDraft(customerId, customerId == 45 ? 46L : null, poNumber, LocalDate.of(2026, 12, 15), null,
                List.of(new SaleOrderDraft.Line(21, new BigDecimal("2"), 1L, new BigDecimal("295.00"), null)));
    }

    private static TransactionSet set(String control, CanonicalOrder order) {
        return new TransactionSet(control, "850", "004010", "1", null, null, order, List.of(), Disposition.ACCEPTED, 3);
    }

    private static CanonicalOrder order(String poNumber, Address shipTo, OrderLine... lines) {
        return new CanonicalOrder(poNumber, LocalDate.of(2026, 11, 27), "USD", new Party("ACME", "Acme"), shipTo,
                LocalDate.of(2026, 12, 15), List.of(lines), lines.length);
    }

    private static Address shipTo(String id) {
        return new Address(id, "Acme Warehouse Dock", "7 Dock Rd", null, "Joliet", "IL", "60431", "US");
    }

    private static OrderLine line(String lineNo, String qty, String uom, String price, String upc, String vendorSku,
            String buyerSku) {
        return new OrderLine(lineNo, new BigDecimal(qty), uom, price == null ? null : new BigDecimal(price), upc,
                vendorSku, buyerSku, null);
    }
}

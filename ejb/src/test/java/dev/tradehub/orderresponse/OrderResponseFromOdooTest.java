package dev.tradehub.orderresponse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.OrderResponse;
import dev.tradehub.canonical.OrderResponse.LineStatus;
import dev.tradehub.canonical.Party;
import dev.tradehub.odoo.OdooRecord;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order response from the order as sent and Odoo's sale order as read (transcripts 14-14 and 14-16). */
class OrderResponseFromOdooTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static OdooRecord record(String json) {
        return new OdooRecord(Json.createReader(new StringReader(json.replace('\'', '"'))).readObject());
    }

    /** 14-outbound-json2-14-sale-order-read: S00046. */
    private static final OdooRecord ORDER = record("{'id':46,'name':'S00046','client_order_ref':'PO-ACME-850-7',"
            + "'state':'sale','commitment_date':'2026-12-18 09:00:00','currency_id':[1,'USD']}");

    /** 14-outbound-json2-16-sale-order-line-search-read: its three lines. */
    private static final List<OdooRecord> LINES = List.of(
            record("{'id':84,'product_uom_qty':3.0,'price_unit':40.0,'sequence':10}"),
            record("{'id':85,'product_uom_qty':2.0,'price_unit':100.0,'sequence':10}"),
            record("{'id':86,'product_uom_qty':5.0,'price_unit':110.5,'sequence':10}"));

    private static CanonicalOrder ordered(String secondQty, String thirdPrice) {
        return new CanonicalOrder("PO-ACME-850-7", LocalDate.of(2026, 12, 1), null, new Party("ACME", null), null, null,
                List.of(new OrderLine("1", new BigDecimal("3"), "EA", new BigDecimal("40"), null, "FURN_8888", null, null),
                        new OrderLine("2", new BigDecimal(secondQty), "EA", new BigDecimal("100"), "012345678905", null,
                                "ACM-BOX-2", null),
                        new OrderLine("3", new BigDecimal("5"), "EA", new BigDecimal(thirdPrice), null, "FURN_8855", null,
                                null)), 3);
    }

    @Test
    void anOrderOdooHoldsAsSentIsAccepted() {
        OrderResponse response = OrderResponses.from(ordered("2", "110.50"), ORDER, LINES, TODAY);

        assertThat(response.status()).isEqualTo(OrderResponse.Status.ACCEPTED);
        assertThat(response.orderReference()).isEqualTo("S00046");
        assertThat(response.currency()).isEqualTo("USD");
        assertThat(response.promisedShipDate()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(response.lines()).extracting(OrderResponse.Line::status).containsOnly(LineStatus.ACCEPTED);
        assertThat(response.lines().get(1)).satisfies(line -> {
            assertThat(line.upc()).isEqualTo("012345678905");
            assertThat(line.buyerSku()).isEqualTo("ACM-BOX-2");
            assertThat(line.lineNo()).isEqualTo("2");
        });
    }

    @Test
    void changedQuantitiesAndPricesAreSaidLineByLine() {
        OrderResponse response = OrderResponses.from(ordered("4", "99"), ORDER, LINES, TODAY);

        assertThat(response.status()).isEqualTo(OrderResponse.Status.ACCEPTED_WITH_CHANGES);
        assertThat(response.lines()).extracting(OrderResponse.Line::status)
                .containsExactly(LineStatus.ACCEPTED, LineStatus.QUANTITY_CHANGED, LineStatus.PRICE_CHANGED);
        assertThat(response.lines().get(1).confirmedQty()).isEqualByComparingTo("2");
        assertThat(response.lines().get(2).confirmedPrice()).isEqualByComparingTo("110.5");
    }

    @Test
    void aMissingLineOrACancelledOrderIsRejected() {
        OrderResponse partial = OrderResponses.from(ordered("2", "110.5"), ORDER, LINES.subList(0, 2), TODAY);
        assertThat(partial.lines().get(2).status()).isEqualTo(LineStatus.REJECTED);
        assertThat(partial.status()).isEqualTo(OrderResponse.Status.ACCEPTED_WITH_CHANGES);

        JsonObject cancelled = Json.createObjectBuilder(ORDER.values()).add("state", "cancel").build();
        OrderResponse rejected = OrderResponses.from(ordered("2", "110.5"), new OdooRecord(cancelled), LINES, TODAY);
        assertThat(rejected.status()).isEqualTo(OrderResponse.Status.REJECTED);
        assertThat(rejected.lines()).allSatisfy(line -> assertThat(line.confirmedQty()).isZero());
    }
}

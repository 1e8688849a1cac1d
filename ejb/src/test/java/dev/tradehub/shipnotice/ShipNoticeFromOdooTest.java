package dev.tradehub.shipnotice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import dev.tradehub.canonical.ShipNotice;
import dev.tradehub.odoo.OdooRecord;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ship notice from what Odoo holds of S00046's delivery (transcripts 14-16, 14-19, 14-21). */
public class ShipNoticeFromOdooTest {

    public static final List<Long> SALE_LINES = List.of(84L, 85L, 86L);

    public static OdooRecord record(String json) {
        return new OdooRecord(Json.createReader(new StringReader(json.replace('\'', '"'))).readObject());
    }

    public static final CanonicalOrder ORDERED = new CanonicalOrder("PO-ACME-850-7", LocalDate.of(2026, 12, 1), "USD",
            new Party("ACME", null), null, null,
            List.of(new OrderLine("10", new BigDecimal("3"), "EA", new BigDecimal("40"), null, "FURN_8888", null, null),
                    new OrderLine("20", new BigDecimal("2"), "CA", new BigDecimal("100"), "012345678905", null,
                            "ACM-BOX-2", null),
                    new OrderLine("30", new BigDecimal("5"), "EA", new BigDecimal("110.5"), null, "FURN_8855", null,
                            null)), 3);

    private static final OdooRecord PICKING = record("{'id':32,'name':'WH/OUT/00027','state':'done',"
            + "'date_done':'2026-12-01 19:15:30','origin':'S00046','backorder_id':false,'shipping_weight':2.08}");

    @Test
    void eachDoneMoveBecomesTheBuyersLineWithTheQuantityShipped() {
        List<OdooRecord> moves = List.of(
                record("{'id':75,'quantity':3.0,'state':'done','sale_line_id':[84,'S00046 - Office Lamp']}"),
                record("{'id':76,'quantity':1.0,'state':'done','sale_line_id':[85,'S00046 - Cable Box']}"),
                record("{'id':77,'quantity':0.0,'state':'cancel','sale_line_id':[86,'S00046 - Drawer']}"));

        ShipNotice notice = ShipNotices.from(ORDERED, "S00046", SALE_LINES, PICKING, moves, null, null);

        assertThat(notice.shipmentId()).isEqualTo("WH/OUT/00027");
        assertThat(notice.shippedAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 19, 15, 30));
        assertThat(notice.orderReference()).isEqualTo("S00046");
        assertThat(notice.grossWeightKg()).isEqualByComparingTo("2.08");
        assertThat(notice.lines()).extracting(ShipNotice.Line::lineNo).containsExactly("10", "20");
        assertThat(notice.lines().get(1)).satisfies(line -> {
            assertThat(line.shippedQty()).isEqualByComparingTo("1");
            assertThat(line.orderedQty()).isEqualByComparingTo("2");
            assertThat(line.uom()).isEqualTo("CA");
            assertThat(line.buyerSku()).isEqualTo("ACM-BOX-2");
        });
    }
}

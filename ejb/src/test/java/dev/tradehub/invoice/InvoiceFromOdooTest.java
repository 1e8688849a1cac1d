package dev.tradehub.invoice;

import static dev.tradehub.shipnotice.ShipNoticeFromOdooTest.ORDERED;
import static dev.tradehub.shipnotice.ShipNoticeFromOdooTest.SALE_LINES;
import static dev.tradehub.shipnotice.ShipNoticeFromOdooTest.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.Invoice;
import dev.tradehub.odoo.OdooRecord;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoice from what Odoo holds of S00046's posted invoice (transcripts 14-22, 14-24). */
class InvoiceFromOdooTest {

    @Test
    void thePostedInvoiceEchoesTheBuyersLinesAndCarriesOdoosTotals() {
        OdooRecord move = record("{'id':57,'name':'INV/2026/00010','move_type':'out_invoice','invoice_date':'2026-12-01',"
                + "'invoice_date_due':'2026-12-31','invoice_origin':'S00046','amount_untaxed':872.5,'amount_tax':30.0,"
                + "'amount_total':902.5,'currency_id':[1,'USD']}");
        List<OdooRecord> lines = List.of(
                record("{'id':135,'product_id':[6,'[FURN_8888] Office Lamp'],'quantity':3.0,'price_unit':40.0,"
                        + "'price_subtotal':120.0,'tax_ids':[],'sale_line_ids':[84]}"),
                record("{'id':136,'product_id':[53,'[FURN_5555] Cable Management Box'],'quantity':2.0,'price_unit':100.0,"
                        + "'price_subtotal':200.0,'tax_ids':[1],'sale_line_ids':[85]}"),
                record("{'id':137,'product_id':[39,'[FURN_8855] Drawer'],'quantity':5.0,'price_unit':110.5,"
                        + "'price_subtotal':552.5,'tax_ids':[],'sale_line_ids':[86]}"));

        Invoice invoice = Invoices.from(ORDERED, SALE_LINES, move, lines, null, null);

        assertThat(invoice.number()).isEqualTo("INV/2026/00010");
        assertThat(invoice.creditNote()).isFalse();
        assertThat(invoice.orderReference()).isEqualTo("S00046");
        assertThat(invoice.termsDays()).isEqualTo(30);
        assertThat(invoice.totalAmount()).isEqualByComparingTo("902.5");
        assertThat(invoice.taxes()).singleElement().satisfies(tax -> {
            assertThat(tax.base()).isEqualByComparingTo("200");
            assertThat(tax.amount()).isEqualByComparingTo("30");
        });
        assertThat(invoice.lines()).extracting(Invoice.Line::lineNo).containsExactly("10", "20", "30");
        assertThat(invoice.lines().get(1)).satisfies(line -> {
            assertThat(line.uom()).isEqualTo("CA");
            assertThat(line.upc()).isEqualTo("012345678905");
            assertThat(line.amount()).isEqualByComparingTo("200");
        });
        OdooRecord refund = new OdooRecord(Json.createObjectBuilder(move.values()).add("move_type", "out_refund").build());
        assertThat(Invoices.from(ORDERED, SALE_LINES, refund, lines, null, null).creditNote()).isTrue();
    }
}

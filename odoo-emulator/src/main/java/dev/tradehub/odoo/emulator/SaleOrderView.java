package dev.tradehub.odoo.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sale order as the inspection API shows it (a snapshot, not live). */
public record SaleOrderView(int id, String name, String state, Integer partnerId, Integer partnerShippingId,
        String clientOrderRef, String commitmentDate, String dateOrder, double amountTotal, List<Line> lines,
        List<Integer> pickingIds) {

    /** One order line. */
    public record Line(int id, Integer productId, String productCode, String description, double quantity, Integer uomId,
            double priceUnit, double priceSubtotal) {
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("state", state);
        m.put("partner_id", partnerId);
        m.put("partner_shipping_id", partnerShippingId);
        m.put("client_order_ref", clientOrderRef);
        m.put("commitment_date", commitmentDate);
        m.put("date_order", dateOrder);
        m.put("amount_total", amountTotal);
        List<Object> ls = new ArrayList<>();
        for (Line l : lines) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("id", l.id());
            lm.put("product_id", l.productId());
            lm.put("default_code", l.productCode());
            lm.put("name", l.description());
            lm.put("product_uom_qty", l.quantity());
            lm.put("product_uom_id", l.uomId());
            lm.put("price_unit", l.priceUnit());
            lm.put("price_subtotal", l.priceSubtotal());
            ls.add(lm);
        }
        m.put("lines", ls);
        m.put("picking_ids", pickingIds);
        return m;
    }
}

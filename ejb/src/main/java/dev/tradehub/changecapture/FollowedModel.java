package dev.tradehub.changecapture;

import dev.tradehub.odoo.transport.JsonSupport;
import jakarta.json.JsonArray;
import java.util.List;

/**
 * The Odoo models TradeHub follows, each with what a poll asks for: the records whose writes can be facts of an
 * order's life (orders confirmed or cancelled, outgoing deliveries done, customer invoices and credit notes posted)
 * and the few fields that tell which order they belong to. The filter goes in front of the {@code write_date} term,
 * as in transcripts {@code 15-cursor-json2-19} and {@code -24}.
 */
public enum FollowedModel {
    SALE_ORDERS("sale.order", "sale-orders", List.of(),
            List.of("id", "write_date", "name", "state")),
    DELIVERIES("stock.picking", "deliveries",
            List.of(JsonSupport.term("state", "=", JsonSupport.string("done")),
                    JsonSupport.term("picking_type_code", "=", JsonSupport.string("outgoing"))),
            List.of("id", "write_date", "name", "state", "sale_id")),
    INVOICES("account.move", "invoices",
            List.of(JsonSupport.term("state", "=", JsonSupport.string("posted")),
                    JsonSupport.term("move_type", "in", JsonSupport.strings(List.of("out_invoice", "out_refund")))),
            List.of("id", "write_date", "name", "state", "move_type", "invoice_origin"));

    private final String odooModel;
    private final String configName;
    private final List<JsonArray> filter;
    private final List<String> fields;

    FollowedModel(String odooModel, String configName, List<JsonArray> filter, List<String> fields) {
        this.odooModel = odooModel;
        this.configName = configName;
        this.filter = filter;
        this.fields = fields;
    }

    public String odooModel() {
        return odooModel;
    }

    /** Its name in configuration keys: {@code tradehub.changecapture.<name>.interval-seconds}. */
    public String configName() {
        return configName;
    }

    public List<JsonArray> filter() {
        return filter;
    }

    public List<String> fields() {
        return fields;
    }

    /** The followed model of an Odoo model name, if TradeHub follows it. */
    public static java.util.Optional<FollowedModel> of(String odooModel) {
        for (FollowedModel model : values()) {
            if (model.odooModel.equals(odooModel)) {
                return java.util.Optional.of(model);
            }
        }
        return java.util.Optional.empty();
    }
}

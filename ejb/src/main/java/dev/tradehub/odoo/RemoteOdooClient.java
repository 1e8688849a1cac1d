package dev.tradehub.odoo;

import dev.tradehub.odoo.OdooException.Kind;
import dev.tradehub.odoo.transport.JsonSupport;
import dev.tradehub.odoo.transport.OdooTransport;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link OdooClient} over an {@link OdooTransport}: each operation is one Odoo call, shaped as in the Odoo 19
 * transcripts. Thread-safe (the only state is the cached version).
 */
final class RemoteOdooClient implements OdooClient {

    static final List<String> PARTNER_FIELDS = List.of("id", "name", "ref", "type", "parent_id",
            "commercial_partner_id", "street", "city", "zip", "country_id", "state_id");
    static final List<String> PRODUCT_FIELDS = List.of("id", "default_code", "barcode", "name", "uom_id",
            "list_price", "qty_available", "free_qty");
    static final List<String> UOM_FIELDS = List.of("id", "name", "relative_factor", "relative_uom_id", "factor",
            "rounding", "active");
    static final List<String> SALE_ORDER_FIELDS = List.of("id", "name", "state", "client_order_ref", "partner_id",
            "partner_shipping_id", "commitment_date");

    /**
     * The time of day given to a {@code commitment_date} known only as a date. Odoo stores naive UTC datetimes and
     * shows them in the user's time zone: noon UTC keeps the same calendar day from UTC-11 to UTC+11.
     */
    static final LocalTime COMMITMENT_TIME_UTC = LocalTime.NOON;

    private static final DateTimeFormatter ODOO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OdooTransport transport;
    private volatile OdooVersion version;

    RemoteOdooClient(OdooTransport transport) {
        this.transport = transport;
    }

    @Override
    public OdooVersion version() {
        OdooVersion known = version;
        if (known == null) {
            known = transport.version();
            version = known;
        }
        return known;
    }

    @Override
    public Optional<OdooRecord> findPartnerByRef(String ref) {
        JsonArray domain = domain(JsonSupport.term("ref", "=", JsonSupport.string(ref)));
        return searchRead("res.partner", domain, PARTNER_FIELDS, null, null).stream()
                .min(Comparator.comparing((OdooRecord partner) -> partner.reference("parent_id") != null)
                        .thenComparingLong(OdooRecord::id));
    }

    @Override
    public Optional<OdooRecord> findChildAddressByRef(long parentId, String ref) {
        JsonArray domain = domain(JsonSupport.term("parent_id", "=", JsonSupport.number(parentId)),
                JsonSupport.term("ref", "=", JsonSupport.string(ref)));
        return searchRead("res.partner", domain, PARTNER_FIELDS, null, null).stream()
                .min(Comparator.comparingLong(OdooRecord::id));
    }

    @Override
    public Map<String, OdooRecord> findProductsByBarcode(Collection<String> barcodes) {
        return findProductsBy("barcode", barcodes);
    }

    @Override
    public Map<String, OdooRecord> findProductsByDefaultCode(Collection<String> defaultCodes) {
        return findProductsBy("default_code", defaultCodes);
    }

    private Map<String, OdooRecord> findProductsBy(String field, Collection<String> values) {
        List<String> distinct = distinct(values);
        if (distinct.isEmpty()) {
            return Map.of();
        }
        JsonArray domain = domain(JsonSupport.term(field, "in", JsonSupport.strings(distinct)));
        return byText(searchRead("product.product", domain, PRODUCT_FIELDS, field, null), field);
    }

    @Override
    public Map<String, OdooRecord> findUnitsByName(Collection<String> names) {
        List<String> distinct = distinct(names);
        if (distinct.isEmpty()) {
            return Map.of();
        }
        JsonArray domain = domain(JsonSupport.term("name", "in", JsonSupport.strings(distinct)));
        JsonObject context = JsonSupport.object().add("active_test", false).build();
        Map<String, OdooRecord> units = new LinkedHashMap<>();
        for (OdooRecord unit : searchRead("uom.uom", domain, UOM_FIELDS, null, context)) {
            String name = unit.name();
            // Two units of one name: the active one wins over an archived one.
            if (name != null && (!units.containsKey(name) || isActive(unit) && !isActive(units.get(name)))) {
                units.put(name, unit);
            }
        }
        return units;
    }

    @Override
    public List<OdooRecord> findSaleOrders(Collection<Long> partnerIds, Collection<String> clientOrderRefs) {
        List<String> distinct = distinct(clientOrderRefs);
        List<Long> customers = partnerIds.stream().distinct().toList();
        if (distinct.isEmpty() || customers.isEmpty()) {
            return List.of();
        }
        JsonArray domain = domain(JsonSupport.term("client_order_ref", "in", JsonSupport.strings(distinct)),
                customers.size() == 1 ? JsonSupport.term("partner_id", "=", JsonSupport.number(customers.get(0)))
                        : JsonSupport.term("partner_id", "in", JsonSupport.longs(customers)));
        return searchRead("sale.order", domain, SALE_ORDER_FIELDS, null, null);
    }

    @Override
    public List<Long> createSaleOrders(List<SaleOrderDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        String unitField = version().namesSaleLineUnitProductUomId() ? "product_uom_id" : "product_uom";
        return create("sale.order", drafts.stream().map(draft -> saleOrderValues(draft, unitField)).toList());
    }

    @Override
    public List<Long> create(String model, List<JsonObject> valsList) {
        if (valsList.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder values = JsonSupport.array();
        valsList.forEach(values::add);
        JsonValue result = transport.call(model, "create", null, JsonSupport.object().add("vals_list", values).build());
        List<Long> ids = ids(result);
        if (ids == null || ids.size() != valsList.size()) {
            throw new OdooException(Kind.TRANSIENT, null, "Odoo answered " + model + "/create with " + result
                    + " for " + valsList.size() + " record(s)", 200, null);
        }
        return ids;
    }

    @Override
    public void confirmSaleOrders(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        transport.call("sale.order", "action_confirm", JsonSupport.longs(ids), JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public List<OdooRecord> changedSince(String model, List<JsonArray> filter, LocalDateTime since,
            List<String> fields, int limit, int offset) {
        JsonArrayBuilder domain = JsonSupport.array();
        filter.forEach(domain::add);
        domain.add(JsonSupport.array().add("write_date").add(">=").add(since.format(ODOO_DATETIME)));
        JsonObjectBuilder args = JsonSupport.object().add("domain", domain).add("fields", JsonSupport.strings(fields))
                .add("order", "write_date asc, id asc").add("limit", limit);
        if (offset > 0) {
            args.add("offset", offset);
        }
        return records(transport.call(model, "search_read", null, args.build()), model + "/search_read");
    }

    @Override
    public void changeSaleOrder(long id, SaleOrderChange change) {
        if (change.isEmpty()) {
            return;
        }
        JsonObjectBuilder values = JsonSupport.object();
        if (change.commitmentDate() != null) {
            values.add("commitment_date", odooDatetime(change.commitmentDate()));
        }
        JsonArrayBuilder lines = JsonSupport.array();
        for (SaleOrderChange.LineUpdate update : change.updates()) {
            JsonObjectBuilder line = JsonSupport.object();
            if (update.quantity() != null) {
                line.add("product_uom_qty", decimal(update.quantity()));
            }
            if (update.priceUnit() != null) {
                line.add("price_unit", decimal(update.priceUnit()));
            }
            lines.add(JsonSupport.array().add(1).add(update.lineId()).add(line));
        }
        String unitField = version().namesSaleLineUnitProductUomId() ? "product_uom_id" : "product_uom";
        change.additions().forEach(addition -> lines.add(JsonSupport.array().add(0).add(0)
                .add(lineValues(addition, unitField))));
        JsonArray commands = lines.build();
        if (!commands.isEmpty()) {
            values.add("order_line", commands);
        }
        transport.call("sale.order", "write", JsonSupport.longs(List.of(id)),
                JsonSupport.object().add("vals", values).build());
    }

    @Override
    public void cancelSaleOrders(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        transport.call("sale.order", "action_cancel", JsonSupport.longs(ids), JsonValue.EMPTY_JSON_OBJECT);
    }

    @Override
    public List<OdooRecord> read(String model, List<Long> ids, List<String> fields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        JsonObject args = JsonSupport.object().add("fields", JsonSupport.strings(fields)).build();
        return records(transport.call(model, "read", JsonSupport.longs(ids), args), model + "/read");
    }

    @Override
    public List<OdooRecord> search(String model, List<JsonArray> domain, List<String> fields, String order) {
        return searchRead(model, domain(domain.toArray(JsonArray[]::new)), fields, order, null);
    }

    static JsonObject saleOrderValues(SaleOrderDraft draft, String unitField) {
        JsonObjectBuilder order = JsonSupport.object().add("partner_id", draft.partnerId());
        if (draft.shippingPartnerId() != null) {
            order.add("partner_shipping_id", draft.shippingPartnerId());
        }
        order.add("client_order_ref", draft.clientOrderRef());
        if (draft.commitmentDate() != null) {
            order.add("commitment_date", odooDatetime(draft.commitmentDate()));
        }
        if (draft.note() != null) {
            order.add("note", draft.note());
        }
        JsonArrayBuilder lines = JsonSupport.array();
        for (SaleOrderDraft.Line line : draft.lines()) {
            lines.add(JsonSupport.array().add(0).add(0).add(lineValues(line, unitField)));
        }
        return order.add("order_line", lines).build();
    }

    private static JsonObjectBuilder lineValues(SaleOrderDraft.Line line, String unitField) {
        JsonObjectBuilder values = JsonSupport.object()
                .add("product_id", line.productId())
                .add("product_uom_qty", decimal(line.quantity()));
        if (line.unitId() != null) {
            values.add(unitField, line.unitId());
        }
        if (line.priceUnit() != null) {
            values.add("price_unit", decimal(line.priceUnit()));
        }
        if (line.description() != null) {
            values.add("name", line.description());
        }
        return values;
    }

    /** A naive UTC datetime as Odoo writes it: {@code YYYY-MM-DD HH:MM:SS}. */
    static String odooDatetime(LocalDate date) {
        return date.atTime(COMMITMENT_TIME_UTC).format(ODOO_DATETIME);
    }

    /** A JSON number with no exponent ({@code 5}, {@code 47.0}, {@code 15.80}). */
    private static BigDecimal decimal(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private List<OdooRecord> searchRead(String model, JsonArray domain, List<String> fields, String order,
            JsonObject context) {
        JsonObjectBuilder args = JsonSupport.object().add("domain", domain).add("fields", JsonSupport.strings(fields));
        if (order != null) {
            args.add("order", order);
        }
        if (context != null) {
            args.add("context", context);
        }
        return records(transport.call(model, "search_read", null, args.build()), model + "/search_read");
    }

    private static List<OdooRecord> records(JsonValue result, String what) {
        if (!(result instanceof JsonArray array)) {
            throw new OdooException(Kind.TRANSIENT, null, "Odoo answered " + what + " with " + result.getValueType()
                    + " instead of a list of records", 200, null);
        }
        List<OdooRecord> records = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject object)) {
                throw new OdooException(Kind.TRANSIENT, null, "Odoo answered " + what + " with a list of "
                        + value.getValueType() + " instead of records", 200, null);
            }
            records.add(new OdooRecord(object));
        }
        return records;
    }

    /** {@code create}'s answer: a list of ids (JSON-2, or a list given to JSON-RPC) or one id (a single dict). */
    private static List<Long> ids(JsonValue result) {
        Long single = JsonSupport.asLong(result);
        if (single != null) {
            return List.of(single);
        }
        if (!(result instanceof JsonArray array)) {
            return null;
        }
        List<Long> ids = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            Long id = JsonSupport.asLong(value);
            if (id == null) {
                return null;
            }
            ids.add(id);
        }
        return ids;
    }

    private static Map<String, OdooRecord> byText(List<OdooRecord> records, String field) {
        Map<String, OdooRecord> byKey = new LinkedHashMap<>();
        for (OdooRecord record : records) {
            String key = record.text(field);
            if (key != null) {
                byKey.putIfAbsent(key, record);
            }
        }
        return byKey;
    }

    private static boolean isActive(OdooRecord record) {
        return record.values().get("active") != JsonValue.FALSE;
    }

    private static JsonArray domain(JsonArray... terms) {
        JsonArrayBuilder domain = JsonSupport.array();
        for (JsonArray term : terms) {
            domain.add(term);
        }
        return domain.build();
    }

    private static List<String> distinct(Collection<String> values) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                distinct.add(value);
            }
        }
        return List.copyOf(distinct);
    }
}

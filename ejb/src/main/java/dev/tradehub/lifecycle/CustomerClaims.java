package dev.tradehub.lifecycle;

import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.canonical.Party;
import dev.tradehub.messagelog.CanonicalJson;
import dev.tradehub.messagelog.MessageRecorder;
import dev.tradehub.messagelog.Sha256;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.odoo.transport.JsonSupport;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.partner.TradingPartner;
import dev.tradehub.persistence.messagelog.LoggedMessage;
import dev.tradehub.persistence.messagelog.LoggedTransaction;
import dev.tradehub.persistence.messagelog.MessageStatus;
import dev.tradehub.persistence.messagelog.PurchaseOrderClaim;
import dev.tradehub.persistence.messagelog.TransactionState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Claims for a partner the orders of its Odoo customer that TradeHub did not place (a phone order a salesperson
 * entered, another channel's), when the partner's profile asks for it ({@code documents.claimCustomerOrders}): such
 * an order is kept in the message log as an inbound message of the partner on channel {@code odoo} (its payload
 * the sale order and lines as Odoo returned them), with a transaction that owns its PO (the sale order's
 * {@code client_order_ref}, else its name) and the order as the buyer's documents will show it (the lines in Odoo's
 * order, our item codes, the partner's own SKU where a cross-reference gives one). From then on its life produces
 * documents like any other order's. Nothing is written to Odoo.
 *
 * <p>Two guards keep an order TradeHub placed from being claimed too: change capture claims only orders that have
 * settled (last written a minute or more ago, long after the transaction that placed one committed), and the PO's
 * claim: an 850 that TradeHub is placing holds the claim of its PO from before the sale order exists, so a claim of
 * the same PO waits for it and gives way. And an order's documents are keyed by the Odoo record, so one sale order
 * gets one 855 whatever claims it.
 */
@Stateless
public class CustomerClaims {

    private static final Logger LOG = Logger.getLogger(CustomerClaims.class.getName());
    /** The channel of a claimed order's message: read from Odoo, so there is nothing to run again. */
    public static final String CHANNEL = "odoo";
    private static final List<String> ORDER_FIELDS = List.of("id", "write_date", "name", "state", "client_order_ref",
            "partner_id", "date_order", "commitment_date", "currency_id");
    private static final int PAGE = 200;
    private static final List<String> LINE_FIELDS = List.of("id", "product_id", "product_uom_qty", "product_uom_id",
            "price_unit", "name");

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private PartnerRegistry partners;

    @EJB
    private OdooConnection odooConnection;

    private final MessageRecorder recorder = new MessageRecorder(Clock.systemUTC());

    /** A confirmed sale order of a claiming partner's customer, read from Odoo, ready to be recorded. */
    public record Claim(String partnerCode, OdooRecord saleOrder, List<OdooRecord> lines,
            Map<Long, OdooRecord> products) {

        /** The PO the partner will see: the buyer's reference Odoo holds, else the sale order's name. */
        String poNumber() {
            String ref = saleOrder.text("client_order_ref");
            return ref == null || ref.isBlank() ? saleOrder.name() : ref.trim();
        }
    }

    /** Whether any active profile claims its customer's orders (when none does, claiming costs nothing). */
    public boolean anyClaims() {
        return !claimingProfiles().isEmpty();
    }

    /**
     * The claims among the confirmed sale orders last written between {@code from} and {@code until} of the customers
     * of the claiming profiles (the customer or one of its addresses and contacts on the order) that TradeHub did
     * not place. A customer that more than one profile claims is claimed by none (and an alert says so).
     */
    public List<Claim> claimable(LocalDateTime from, LocalDateTime until) {
        Map<Long, List<PartnerProfile>> byCustomer = customersOfClaimingProfiles();
        List<Claim> claims = new ArrayList<>();
        OdooClient odoo = odooConnection.client();
        byCustomer.forEach((customerId, claimants) -> {
            if (claimants.size() > 1) {
                LOG.warning(() -> "alert=CLAIM_AMBIGUOUS customer=" + claimants.get(0).odooCustomerRef() + " partners="
                        + claimants.stream().map(PartnerProfile::code).toList()
                        + ": more than one profile claims the orders of this customer; none gets their documents");
                return;
            }
            List<OdooRecord> orders = confirmedOrders(odoo, customerId, from, until);
            Set<Long> ours = new TrackedOrders(entityManager).bySaleOrderId(orders.stream().map(OdooRecord::id)
                    .toList()).keySet();
            for (OdooRecord order : orders) {
                if (!ours.contains(order.id())) {
                    claims.add(claim(odoo, claimants.get(0), order));
                }
            }
        });
        return claims;
    }

    private static List<OdooRecord> confirmedOrders(OdooClient odoo, long customerId, LocalDateTime from,
            LocalDateTime until) {
        List<Long> customerAndChildren = new ArrayList<>(List.of(customerId));
        odoo.read("res.partner", List.of(customerId), List.of("id", "child_ids")).forEach(customer ->
                customer.values().getJsonArray("child_ids").getValuesAs(JsonNumber.class)
                        .forEach(child -> customerAndChildren.add(child.longValue())));
        List<JsonArray> filter = List.of(JsonSupport.term("partner_id", "in", JsonSupport.longs(customerAndChildren)),
                JsonSupport.term("state", "in", JsonSupport.strings(List.of("sale", "done"))));
        List<OdooRecord> orders = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<OdooRecord> page = odoo.changedSince("sale.order", filter, from, ORDER_FIELDS, PAGE, offset);
            page.stream().filter(order -> !order.dateTime("write_date").isAfter(until)).forEach(orders::add);
            if (page.size() < PAGE) {
                return orders;
            }
        }
    }

    private static Claim claim(OdooClient odoo, PartnerProfile profile, OdooRecord order) {
        List<OdooRecord> lines = odoo.search("sale.order.line", List.of(
                JsonSupport.term("order_id", "=", JsonSupport.number(order.id())),
                JsonSupport.term("display_type", "=", JsonValue.FALSE)), LINE_FIELDS, "sequence, id");
        List<Long> productIds = lines.stream().map(line -> line.reference("product_id")).filter(Objects::nonNull)
                .distinct().toList();
        Map<Long, OdooRecord> products = new HashMap<>();
        odoo.read("product.product", productIds, List.of("id", "default_code", "barcode"))
                .forEach(product -> products.put(product.id(), product));
        return new Claim(profile.code(), order, lines, products);
    }

    /**
     * Records the claim in a transaction of its own; returns the order's transaction id, or empty when the PO is
     * owned already (TradeHub's own 850 of it, or an earlier order of the same PO).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> record(Claim claim) {
        TradingPartner partner = partners.resolveByCode(claim.partnerCode()).partner();
        PartnerProfile profile = partners.find(claim.partnerCode()).orElse(null);
        if (partner == null || profile == null) {
            return Optional.empty();
        }
        String po = claim.poNumber();
        PurchaseOrderClaim owner = entityManager.find(PurchaseOrderClaim.class,
                new PurchaseOrderClaim.Key(partner.code(), po));
        if (owner != null) {
            LoggedTransaction owning = entityManager.find(LoggedTransaction.class, owner.getTransactionId());
            if (owning == null || !Objects.equals(owning.getOdooId(), claim.saleOrder().id())) {
                LOG.warning(() -> "alert=CLAIM_CONFLICT partner=" + partner.code() + " po=" + po + " sale.order="
                        + claim.saleOrder().name() + ": the PO belongs to TradeHub transaction "
                        + owner.getTransactionId() + " already; the Odoo order gets no documents");
            }
            return Optional.empty();
        }
        byte[] payload = payload(claim);
        LoggedMessage message = new LoggedMessage(UUID.randomUUID().toString(), recorder.now(), CHANNEL,
                "application/json", payload, payload.length, false, Sha256.hex(payload), partner.code());
        message.assignPartner(partner.code());
        message.identify(null, null, "sale.order", partner.odooCustomerRef(), null, null, profile.isTest());
        entityManager.persist(message);
        recorder.event(message, "RECEIVED", "sale order " + claim.saleOrder().name() + " of customer "
                + partner.odooCustomerRef() + " read from Odoo: entered there, not sent by " + partner.code());
        LoggedTransaction transaction = message.addTransaction(new LoggedTransaction(message, 1, null, null,
                "sale.order", null, recorder.now()));
        transaction.recordCanonical(po, CanonicalJson.write(order(claim, po, partner, profile)));
        transaction.recordOdooRecord("sale.order", claim.saleOrder().id(), claim.saleOrder().name());
        entityManager.flush();
        entityManager.persist(new PurchaseOrderClaim(partner.code(), po, transaction.getId(), message.getId(),
                recorder.now()));
        // Written now: an 850 of the same PO being placed holds this row, and this claim waits for it and fails.
        entityManager.flush();
        recorder.transactionState(message, transaction, TransactionState.CONFIRMED, null, "sale.order "
                + claim.saleOrder().id() + " " + claim.saleOrder().name() + " claimed for " + partner.code()
                + " (documents.claimCustomerOrders)");
        recorder.finish(message, MessageStatus.COMPLETED, null, "claimed as PO " + po);
        return Optional.of(transaction.getId());
    }

    /** The order as the partner's documents show it. */
    private static CanonicalOrder order(Claim claim, String po, TradingPartner partner, PartnerProfile profile) {
        OdooRecord order = claim.saleOrder();
        Map<String, String> buyerSkus = new HashMap<>();
        partner.itemReferences().values().forEach(reference -> {
            if (reference.vendorSku() != null) {
                buyerSkus.putIfAbsent("sku:" + reference.vendorSku(), reference.buyerSku());
            }
            if (reference.gtin() != null) {
                buyerSkus.putIfAbsent("gtin:" + reference.gtin(), reference.buyerSku());
            }
        });
        boolean x12 = !"EDIFACT".equalsIgnoreCase(profile.standard());
        List<OrderLine> lines = new ArrayList<>();
        for (OdooRecord line : claim.lines()) {
            OdooRecord product = claim.products().get(line.reference("product_id"));
            String sku = product == null ? null : product.text("default_code");
            String gtin = product == null ? null : product.text("barcode");
            String buyerSku = sku != null && buyerSkus.containsKey("sku:" + sku) ? buyerSkus.get("sku:" + sku)
                    : gtin == null ? null : buyerSkus.get("gtin:" + gtin);
            lines.add(new OrderLine(Integer.toString(lines.size() + 1), line.decimal("product_uom_qty"),
                    unitCode(partner.units(), line.displayName("product_uom_id"), x12), line.decimal("price_unit"),
                    gtin, sku, buyerSku, line.text("name")));
        }
        return new CanonicalOrder(po, order.date("date_order"), order.displayName("currency_id"),
                new Party(partner.odooCustomerRef(), order.displayName("partner_id")), null,
                order.date("commitment_date"), lines, lines.size());
    }

    /**
     * The partner's code for an Odoo unit: among the partner's codes that map to it, an X12 partner's two-letter
     * one (EA), an EDIFACT partner's three-letter one (PCE, C62), the first in alphabetical order; null (the
     * writers' default) when none maps to it.
     */
    static String unitCode(Map<String, String> partnerUnits, String odooUnit, boolean x12) {
        if (odooUnit == null) {
            return null;
        }
        return partnerUnits.entrySet().stream().filter(unit -> odooUnit.equalsIgnoreCase(unit.getValue()))
                .map(Map.Entry::getKey)
                .min(Comparator.comparing((String code) -> (code.length() == 2) != x12).thenComparing(code -> code))
                .orElse(null);
    }

    private static byte[] payload(Claim claim) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        claim.lines().forEach(line -> lines.add(line.values()));
        JsonArrayBuilder products = Json.createArrayBuilder();
        claim.products().values().forEach(product -> products.add(product.values()));
        return Json.createObjectBuilder().add("sale.order", claim.saleOrder().values())
                .add("sale.order.line", lines).add("product.product", products).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<PartnerProfile> claimingProfiles() {
        return partners.list().stream().filter(PartnerProfile::isActive)
                .filter(profile -> profile.documentSettings().claimsCustomerOrders())
                .filter(profile -> profile.odooCustomerRef() != null && !profile.odooCustomerRef().isBlank()).toList();
    }

    /** The Odoo customer (company) id of each claiming profile, with the profiles that claim it. */
    private Map<Long, List<PartnerProfile>> customersOfClaimingProfiles() {
        Map<Long, List<PartnerProfile>> byCustomer = new LinkedHashMap<>();
        List<PartnerProfile> claiming = claimingProfiles();
        if (claiming.isEmpty()) {
            return byCustomer;
        }
        OdooClient odoo = odooConnection.client();
        for (PartnerProfile profile : claiming) {
            odoo.findPartnerByRef(profile.odooCustomerRef()).ifPresent(customer ->
                    byCustomer.computeIfAbsent(customer.id(), id -> new ArrayList<>()).add(profile));
        }
        return byCustomer;
    }
}

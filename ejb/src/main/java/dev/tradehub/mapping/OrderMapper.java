package dev.tradehub.mapping;

import dev.tradehub.canonical.Address;
import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.Location;
import dev.tradehub.canonical.OrderLine;
import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooRecord;
import dev.tradehub.odoo.SaleOrderDraft;
import dev.tradehub.partner.PartnerProfile.ItemReference;
import dev.tradehub.partner.TradingPartner;
import dev.tradehub.translation.TransactionSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the canonical orders of one interchange to Odoo sale orders. Lookups are batched: one Odoo call per kind
 * of reference data (customer, ship-to, barcodes, default codes, units) for all orders together.
 */
public final class OrderMapper {

    private final OdooClient odoo;

    public OrderMapper(OdooClient odoo) {
        this.odoo = odoo;
    }

    /** One result per transaction set, in the same order; each set must carry an order. */
    public List<MappedOrder> map(TradingPartner partner, List<TransactionSet> transactionSets) {
        Optional<OdooRecord> customer = partner.odooCustomerRef() == null || partner.odooCustomerRef().isBlank()
                ? Optional.empty() : odoo.findPartnerByRef(partner.odooCustomerRef());
        ProductCatalogue catalogue = ProductCatalogue.lookUp(odoo, partner, transactionSets);
        Map<String, OdooRecord> units = odoo.findUnitsByName(unitNames(partner, transactionSets));
        Map<String, Optional<OdooRecord>> shipTos = new HashMap<>();

        List<MappedOrder> results = new ArrayList<>(transactionSets.size());
        for (TransactionSet transactionSet : transactionSets) {
            CanonicalOrder order = transactionSet.order();
            Problems problems = new Problems(transactionSet.controlNumber());
            if (customer.isEmpty()) {
                problems.add(partner.odooCustomerRef() == null || partner.odooCustomerRef().isBlank()
                        ? "Partner " + partner.code() + " has no Odoo customer reference in its profile"
                        : "No Odoo customer (res.partner) has the ref '" + partner.odooCustomerRef()
                                + "' of partner " + partner.code());
            }
            Long shippingId = customer.isEmpty() ? null : order.shipTo() != null
                    ? shipTo(order.shipTo(), customer.get(), shipTos, problems)
                    : shipToByPolicy(partner, customer.get(), shipTos, problems);
            List<SaleOrderDraft.Line> lines = new ArrayList<>();
            for (int index = 0; index < order.lines().size(); index++) {
                OrderLine line = order.lines().get(index);
                String which = "line " + (index + 1) + (line.lineNo() == null ? "" : " (line number " + line.lineNo() + ")");
                Optional<OdooRecord> product = catalogue.productFor(line, which, problems);
                Long unitId = unitFor(partner, line, units, which, problems);
                product.ifPresent(found -> lines.add(new SaleOrderDraft.Line(found.id(), line.qty(), unitId,
                        line.unitPrice(), null)));
            }
            results.add(problems.isEmpty()
                    ? new MappedOrder(order, new SaleOrderDraft(customer.orElseThrow().id(), shippingId,
                            order.poNumber(), order.requestedShipDate(), null, lines), List.of())
                    : new MappedOrder(order, null, problems.errors()));
        }
        return results;
    }

    /**
     * Where an order without a ship-to goes, by the partner's profile: never left to Odoo, which would pick the
     * customer's first delivery address (one store of many).
     */
    private Long shipToByPolicy(TradingPartner partner, OdooRecord customer, Map<String, Optional<OdooRecord>> cache,
            Problems problems) {
        switch (partner.shipToPolicy()) {
            case "REJECT" -> {
                problems.add("The order names no ship-to, and the profile of " + partner.code()
                        + " rejects such orders (shipTo.whenMissing REJECT)");
                return null;
            }
            case "ADDRESS" -> {
                String ref = partner.shipTo().addressRef();
                Optional<OdooRecord> address = cache.computeIfAbsent(ref,
                        id -> odoo.findChildAddressByRef(customer.id(), id));
                if (address.isEmpty()) {
                    problems.add("The order names no ship-to, and the address the profile of " + partner.code()
                            + " gives for that (shipTo.addressRef '" + ref + "') is not an address of customer "
                            + customer.name() + " in Odoo");
                    return null;
                }
                return address.get().id();
            }
            default -> {
                return customer.id();
            }
        }
    }

    private Long shipTo(Address shipTo, OdooRecord customer, Map<String, Optional<OdooRecord>> cache,
            Problems problems) {
        if (shipTo.id() == null || shipTo.id().isBlank()) {
            problems.add("The ship-to address '" + shipTo.name() + "' carries no identifier to find it in Odoo");
            return null;
        }
        Optional<OdooRecord> address = cache.computeIfAbsent(shipTo.id(),
                id -> odoo.findChildAddressByRef(customer.id(), id));
        if (address.isEmpty()) {
            problems.add("Ship-to '" + shipTo.id() + "'" + (shipTo.name() == null ? "" : " (" + shipTo.name() + ")")
                    + " is not an address of customer " + customer.name() + " in Odoo: add a contact with ref '"
                    + shipTo.id() + "' under it");
            return null;
        }
        return address.get().id();
    }

    private static Long unitFor(TradingPartner partner, OrderLine line, Map<String, OdooRecord> units, String which,
            Problems problems) {
        if (line.uom() == null || line.uom().isBlank()) {
            return null;
        }
        Optional<String> unitName = partner.odooUnit(line.uom());
        if (unitName.isEmpty()) {
            problems.add(which + ": unit of measure '" + line.uom() + "' has no mapping for partner "
                    + partner.code() + " (add it to the partner's unitsOfMeasure)");
            return null;
        }
        OdooRecord unit = units.get(unitName.get());
        if (unit == null) {
            problems.add(which + ": unit of measure '" + line.uom() + "' maps to '" + unitName.get()
                    + "', which is not a unit in Odoo");
            return null;
        }
        return unit.id();
    }

    private static Set<String> unitNames(TradingPartner partner, List<TransactionSet> transactionSets) {
        Set<String> names = new LinkedHashSet<>();
        for (TransactionSet transactionSet : transactionSets) {
            for (OrderLine line : transactionSet.order().lines()) {
                partner.odooUnit(line.uom()).ifPresent(names::add);
            }
        }
        return names;
    }

    /** The products of all lines, found with two Odoo calls: by barcode and by default code. */
    private static final class ProductCatalogue {
        private final TradingPartner partner;
        private final Map<String, OdooRecord> byGtin14 = new HashMap<>();
        private final Map<String, OdooRecord> byBarcode;
        private final Map<String, OdooRecord> byDefaultCode;

        private ProductCatalogue(TradingPartner partner, Map<String, OdooRecord> byBarcode,
                Map<String, OdooRecord> byDefaultCode) {
            this.partner = partner;
            this.byBarcode = byBarcode;
            this.byDefaultCode = byDefaultCode;
            byBarcode.forEach((barcode, product) -> Gtin.normalise(barcode)
                    .ifPresent(gtin -> byGtin14.putIfAbsent(gtin, product)));
        }

        static ProductCatalogue lookUp(OdooClient odoo, TradingPartner partner, List<TransactionSet> sets) {
            Set<String> barcodes = new LinkedHashSet<>();
            Set<String> defaultCodes = new LinkedHashSet<>();
            for (TransactionSet transactionSet : sets) {
                for (OrderLine line : transactionSet.order().lines()) {
                    partner.itemReference(line.buyerSku()).ifPresent(reference -> {
                        addIfPresent(defaultCodes, reference.vendorSku());
                        barcodes.addAll(Gtin.variants(reference.gtin()));
                    });
                    barcodes.addAll(Gtin.variants(line.upc()));
                    addIfPresent(defaultCodes, line.vendorSku());
                }
            }
            return new ProductCatalogue(partner,
                    barcodes.isEmpty() ? Map.of() : odoo.findProductsByBarcode(barcodes),
                    defaultCodes.isEmpty() ? Map.of() : odoo.findProductsByDefaultCode(defaultCodes));
        }

        /** The buyer's cross-reference first (the partner's own agreement), then the GTIN, then our code. */
        Optional<OdooRecord> productFor(OrderLine line, String which, Problems problems) {
            List<String> tried = new ArrayList<>();
            Optional<ItemReference> reference = partner.itemReference(line.buyerSku());
            if (reference.isPresent()) {
                Optional<OdooRecord> found = byCode(reference.get().vendorSku(), tried)
                        .or(() -> byGtin(reference.get().gtin(), tried));
                if (found.isPresent()) {
                    return found;
                }
            } else if (line.buyerSku() != null && !line.buyerSku().isBlank()) {
                tried.add("buyer SKU '" + line.buyerSku() + "' (no cross-reference for partner " + partner.code() + ")");
            }
            Optional<OdooRecord> found = byGtin(line.upc(), tried).or(() -> byCode(line.vendorSku(), tried));
            if (found.isEmpty()) {
                problems.add(which + ": no Odoo product found for " + (tried.isEmpty()
                        ? "a line with no product identifier" : String.join(", ", tried)));
            }
            return found;
        }

        private Optional<OdooRecord> byGtin(String code, List<String> tried) {
            if (code == null || code.isBlank()) {
                return Optional.empty();
            }
            Optional<OdooRecord> found = Gtin.normalise(code).map(byGtin14::get)
                    .or(() -> Optional.ofNullable(byBarcode.get(code.trim())));
            if (found.isEmpty()) {
                tried.add("barcode " + String.join(" / ", Gtin.variants(code)));
            }
            return found;
        }

        private Optional<OdooRecord> byCode(String code, List<String> tried) {
            if (code == null || code.isBlank()) {
                return Optional.empty();
            }
            Optional<OdooRecord> found = Optional.ofNullable(byDefaultCode.get(code.trim()));
            if (found.isEmpty()) {
                tried.add("default code '" + code.trim() + "'");
            }
            return found;
        }

        private static void addIfPresent(Set<String> values, String value) {
            if (value != null && !value.isBlank()) {
                values.add(value.trim());
            }
        }
    }

    /** The MAPPING errors of one order. */
    private static final class Problems {
        private final String transactionControl;
        private final List<DocumentError> errors = new ArrayList<>();

        Problems(String transactionControl) {
            this.transactionControl = transactionControl;
        }

        void add(String message) {
            errors.add(new DocumentError(ErrorCategory.MAPPING,
                    new Location(null, null, null, null, transactionControl), message));
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        List<DocumentError> errors() {
            return errors;
        }
    }
}

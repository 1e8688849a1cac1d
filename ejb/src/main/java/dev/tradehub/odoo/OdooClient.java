package dev.tradehub.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calls TradeHub makes to Odoo, whatever the protocol. Each call is one Odoo transaction.
 *
 * <p>Implementations are thread-safe; every method may throw {@link OdooException}.
 */
public interface OdooClient {

    /** The server's version, e.g. {@code 19.0}; learnt once and cached. */
    OdooVersion version();

    /** {@code res.partner} whose {@code ref} is exactly {@code ref}, the company (no parent) first. */
    Optional<OdooRecord> findPartnerByRef(String ref);

    /** The child address of {@code parentId} whose {@code ref} is {@code ref} (a delivery address). */
    Optional<OdooRecord> findChildAddressByRef(long parentId, String ref);

    /** {@code product.product} by {@code barcode}, keyed by the barcode as stored in Odoo. */
    Map<String, OdooRecord> findProductsByBarcode(Collection<String> barcodes);

    /** {@code product.product} by {@code default_code}, keyed by the code as stored in Odoo. */
    Map<String, OdooRecord> findProductsByDefaultCode(Collection<String> defaultCodes);

    /** {@code uom.uom} by exact name, archived ones included, keyed by name. */
    Map<String, OdooRecord> findUnitsByName(Collection<String> names);

    /**
     * {@code sale.order} of any of {@code partnerIds} whose {@code client_order_ref} is one of {@code clientOrderRefs}
     * (one {@code search_read} for a whole batch; a caller pairs each record with its draft by partner and ref).
     */
    List<OdooRecord> findSaleOrders(Collection<Long> partnerIds, Collection<String> clientOrderRefs);

    /** Creates the orders with their lines in one call ({@code vals_list}); ids in input order. */
    List<Long> createSaleOrders(List<SaleOrderDraft> drafts);

    /** {@code sale.order/action_confirm} on the orders (one call). */
    void confirmSaleOrders(List<Long> ids);

    /**
     * The records of {@code model} that match {@code filter} and were written at or after {@code since} (Odoo
     * compares by whole seconds), in Odoo's write order ({@code write_date asc, id asc}): one page of change capture.
     *
     * @param filter domain terms put in front of the {@code write_date} term (e.g. {@code ["state", "=", "done"]})
     * @param offset records of the result to skip (0 for none)
     */
    List<OdooRecord> changedSince(String model, List<JsonArray> filter, LocalDateTime since, List<String> fields,
            int limit, int offset);

    /** {@code <model>/create} of the records in one call ({@code vals_list}); ids in input order. */
    List<Long> create(String model, List<JsonObject> valsList);

    /** {@code sale.order/write} of the change on one order (one call, one Odoo transaction). */
    void changeSaleOrder(long id, SaleOrderChange change);

    /** {@code sale.order/action_cancel} on the orders (one call). */
    void cancelSaleOrders(List<Long> ids);

    /** {@code <model>/read} of the given fields ({@code id} is always there), in the order of {@code ids}. */
    List<OdooRecord> read(String model, List<Long> ids, List<String> fields);

    /**
     * {@code <model>/search_read}: the records matching {@code domain} (its terms and'ed), ordered by {@code order}
     * (null: the model's default order).
     */
    List<OdooRecord> search(String model, List<JsonArray> domain, List<String> fields, String order);
}

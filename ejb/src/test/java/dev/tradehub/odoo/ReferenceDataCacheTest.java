package dev.tradehub.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReferenceDataCacheTest {

    private final CountingOdoo odoo = new CountingOdoo();
    private final AtomicLong clock = new AtomicLong();
    private final ReferenceDataCache cache = new ReferenceDataCache(odoo, Duration.ofSeconds(60), clock::get);

    @Test
    void aWarmCacheAnswersWithoutCallingOdooAndAsksOnlyForKeysItDoesNotKnow() {
        odoo.products.put("012345678905", record(7));

        assertThat(cache.client().findProductsByBarcode(List.of("012345678905", "0012345678905")))
                .containsOnlyKeys("012345678905");
        assertThat(cache.client().findProductsByBarcode(List.of("012345678905", "0012345678905")))
                .containsOnlyKeys("012345678905");
        assertThat(cache.client().findProductsByBarcode(List.of("012345678905", "4006381333931")))
                .containsOnlyKeys("012345678905");

        assertThat(odoo.barcodeQueries).containsExactly(List.of("012345678905", "0012345678905"),
                List.of("4006381333931"));
    }

    @Test
    void aCachedNotFoundIsVerifiedByTheRefreshingClientWhichAlsoRefreshesTheCache() {
        assertThat(cache.client().findPartnerByRef("CUST-9")).isEmpty();
        odoo.partners.put("CUST-9", record(45));
        assertThat(cache.client().findPartnerByRef("CUST-9")).as("still the cached answer").isEmpty();

        assertThat(cache.refreshing().findPartnerByRef("CUST-9")).map(OdooRecord::id).contains(45L);
        assertThat(cache.client().findPartnerByRef("CUST-9")).map(OdooRecord::id).contains(45L);
        assertThat(odoo.partnerQueries).isEqualTo(2);
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        odoo.units.put("Units", record(1));
        cache.client().findUnitsByName(List.of("Units"));
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        cache.client().findUnitsByName(List.of("Units"));
        assertThat(odoo.unitQueries).isEqualTo(1);

        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.client().findUnitsByName(List.of("Units"));
        assertThat(odoo.unitQueries).isEqualTo(2);
    }

    @Test
    void ordersAreNeverCached() {
        cache.client().findSaleOrders(List.of(45L), List.of("PO-1"));
        cache.client().findSaleOrders(List.of(45L), List.of("PO-1"));
        assertThat(odoo.saleOrderQueries).isEqualTo(2);
    }

    private static OdooRecord record(long id) {
        return new OdooRecord(Json.createObjectBuilder().add("id", id).build());
    }

    /** Answers from maps and counts what it was asked. */
    private static final class CountingOdoo implements OdooClient {
        final Map<String, OdooRecord> partners = new HashMap<>();
        final Map<String, OdooRecord> products = new HashMap<>();
        final Map<String, OdooRecord> units = new HashMap<>();
        final List<List<String>> barcodeQueries = new ArrayList<>();
        int partnerQueries;
        int unitQueries;
        int saleOrderQueries;

        @Override
        public OdooVersion version() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OdooRecord> findPartnerByRef(String ref) {
            partnerQueries++;
            return Optional.ofNullable(partners.get(ref));
        }

        @Override
        public Optional<OdooRecord> findChildAddressByRef(long parentId, String ref) {
            return Optional.empty();
        }

        @Override
        public List<OdooRecord> changedSince(String model, List<jakarta.json.JsonArray> filter,
                java.time.LocalDateTime since, List<String> fields, int limit, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, OdooRecord> findProductsByBarcode(Collection<String> barcodes) {
            barcodeQueries.add(List.copyOf(barcodes));
            return select(products, barcodes);
        }

        @Override
        public Map<String, OdooRecord> findProductsByDefaultCode(Collection<String> defaultCodes) {
            return select(products, defaultCodes);
        }

        @Override
        public Map<String, OdooRecord> findUnitsByName(Collection<String> names) {
            unitQueries++;
            return select(units, names);
        }

        @Override
        public List<OdooRecord> findSaleOrders(Collection<Long> partnerIds, Collection<String> clientOrderRefs) {
            saleOrderQueries++;
            return List.of();
        }

        @Override
        public List<Long> createSaleOrders(List<SaleOrderDraft> drafts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void confirmSaleOrders(List<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> create(String model, List<jakarta.json.JsonObject> valsList) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changeSaleOrder(long id, SaleOrderChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancelSaleOrders(List<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OdooRecord> read(String model, List<Long> ids, List<String> fields) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OdooRecord> search(String model, List<jakarta.json.JsonArray> domain, List<String> fields,
                String order) {
            throw new UnsupportedOperationException();
        }

        private static Map<String, OdooRecord> select(Map<String, OdooRecord> records, Collection<String> keys) {
            Map<String, OdooRecord> found = new HashMap<>();
            keys.stream().filter(records::containsKey).forEach(key -> found.put(key, records.get(key)));
            return found;
        }
    }
}

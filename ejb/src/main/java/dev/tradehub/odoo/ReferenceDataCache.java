package dev.tradehub.odoo;

import java.time.Duration;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A cache-aside decorator of an {@link OdooClient} for reference data (customers, ship-to addresses, products,
 * units): the lookups every order repeats, whose answers change rarely. Orders themselves are never cached.
 *
 * <p>Each looked-up key is remembered for the time to live with its answer, found or not found, so that a warm
 * cache answers a typical order without a call. A "not found" from the cache must never become a MAPPING error on
 * its own: the caller verifies with {@link #refreshing()}, which asks Odoo and stores the fresh answers.
 * {@link #client()} is the decorated client.
 */
public final class ReferenceDataCache {

    /** Entries kept per kind of lookup; a full cache starts over rather than grow without bound. */
    private static final int MAX_ENTRIES = 50_000;

    private final OdooClient odoo;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Lookups cached = new Lookups(false);
    private final Lookups refreshing = new Lookups(true);
    private final Map<String, Map<String, Entry>> entries = new ConcurrentHashMap<>();

    public ReferenceDataCache(OdooClient odoo, Duration timeToLive) {
        this(odoo, timeToLive, System::nanoTime);
    }

    ReferenceDataCache(OdooClient odoo, Duration timeToLive, LongSupplier nanoClock) {
        this.odoo = odoo;
        this.ttlNanos = timeToLive.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The client whose reference lookups go through the cache. */
    public OdooClient client() {
        return cached;
    }

    /** The same client, but every reference lookup asks Odoo (and refreshes the cache with the answer). */
    public OdooClient refreshing() {
        return refreshing;
    }

    private record Entry(OdooRecord record, long expiresAt) {
    }

    /** The reference lookups, through the cache or past it. */
    private final class Lookups implements OdooClient {
        private final boolean refresh;

        private Lookups(boolean refresh) {
            this.refresh = refresh;
        }

        @Override
        public OdooVersion version() {
            return odoo.version();
        }

        @Override
        public Optional<OdooRecord> findPartnerByRef(String ref) {
            return one("partner", ref, () -> odoo.findPartnerByRef(ref));
        }

        @Override
        public Optional<OdooRecord> findChildAddressByRef(long parentId, String ref) {
            return one("address", parentId + "/" + ref, () -> odoo.findChildAddressByRef(parentId, ref));
        }

        @Override
        public Map<String, OdooRecord> findProductsByBarcode(Collection<String> barcodes) {
            return many("barcode", barcodes, odoo::findProductsByBarcode);
        }

        @Override
        public Map<String, OdooRecord> findProductsByDefaultCode(Collection<String> defaultCodes) {
            return many("default_code", defaultCodes, odoo::findProductsByDefaultCode);
        }

        @Override
        public Map<String, OdooRecord> findUnitsByName(Collection<String> names) {
            return many("unit", names, odoo::findUnitsByName);
        }

        @Override
        public List<OdooRecord> findSaleOrders(Collection<Long> partnerIds, Collection<String> clientOrderRefs) {
            return odoo.findSaleOrders(partnerIds, clientOrderRefs);
        }

        @Override
        public List<Long> createSaleOrders(List<SaleOrderDraft> drafts) {
            return odoo.createSaleOrders(drafts);
        }

        @Override
        public List<OdooRecord> changedSince(String model, List<JsonArray> filter, LocalDateTime since,
                List<String> fields, int limit, int offset) {
            return odoo.changedSince(model, filter, since, fields, limit, offset);
        }

        @Override
        public void confirmSaleOrders(List<Long> ids) {
            odoo.confirmSaleOrders(ids);
        }

        @Override
        public List<Long> create(String model, List<JsonObject> valsList) {
            return odoo.create(model, valsList);
        }

        @Override
        public void changeSaleOrder(long id, SaleOrderChange change) {
            odoo.changeSaleOrder(id, change);
        }

        @Override
        public void cancelSaleOrders(List<Long> ids) {
            odoo.cancelSaleOrders(ids);
        }

        @Override
        public List<OdooRecord> read(String model, List<Long> ids, List<String> fields) {
            return odoo.read(model, ids, fields);
        }

        @Override
        public List<OdooRecord> search(String model, List<JsonArray> domain, List<String> fields, String order) {
            return odoo.search(model, domain, fields, order);
        }

        private Optional<OdooRecord> one(String kind, String key, Supplier<Optional<OdooRecord>> ask) {
            Map<String, Entry> cache = cacheOf(kind);
            long now = nanoClock.getAsLong();
            Entry entry = refresh ? null : cache.get(key);
            if (entry == null || entry.expiresAt() - now <= 0) {
                Optional<OdooRecord> answer = ask.get();
                cache.put(key, new Entry(answer.orElse(null), now + ttlNanos));
                return answer;
            }
            return Optional.ofNullable(entry.record());
        }

        /** Asks Odoo only for the keys the cache does not know; keys are looked up exactly, as Odoo stores them. */
        private Map<String, OdooRecord> many(String kind, Collection<String> keys,
                Function<Collection<String>, Map<String, OdooRecord>> ask) {
            Map<String, Entry> cache = cacheOf(kind);
            long now = nanoClock.getAsLong();
            Map<String, OdooRecord> answer = new HashMap<>();
            Set<String> unknown = new LinkedHashSet<>();
            for (String key : keys) {
                Entry entry = refresh ? null : cache.get(key);
                if (entry == null || entry.expiresAt() - now <= 0) {
                    unknown.add(key);
                } else if (entry.record() != null) {
                    answer.put(key, entry.record());
                }
            }
            if (!unknown.isEmpty()) {
                Map<String, OdooRecord> found = ask.apply(unknown);
                for (String key : unknown) {
                    cache.put(key, new Entry(found.get(key), now + ttlNanos));
                }
                answer.putAll(found);
            }
            return answer;
        }

        private Map<String, Entry> cacheOf(String kind) {
            Map<String, Entry> cache = entries.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            return cache;
        }
    }
}

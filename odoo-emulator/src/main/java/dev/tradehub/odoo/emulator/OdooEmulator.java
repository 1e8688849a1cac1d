package dev.tradehub.odoo.emulator;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import dev.tradehub.odoo.emulator.http.Backend;
import dev.tradehub.odoo.emulator.http.OdooHandler;
import dev.tradehub.odoo.emulator.model.AutomationLogic;
import dev.tradehub.odoo.emulator.model.Registry;
import dev.tradehub.odoo.emulator.model.Seeds;
import dev.tradehub.odoo.emulator.model.Webhooks;
import dev.tradehub.odoo.emulator.orm.Database;
import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Record;
import dev.tradehub.odoo.emulator.persistence.DataDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * An Odoo 19 server in a box: JSON-2 and JSON-RPC on the JDK's HTTP server, an in-memory database loaded
 * from a seed, fault injection and inspection. Thread-safe. With {@link Builder#dataDir} the database is also kept
 * in a folder and survives a stop or a kill (see {@link DataDir}). Every answer carries
 * {@value #IDENTIFYING_HEADER}, which no real Odoo sends.
 *
 * <pre>
 * try (OdooEmulator odoo = OdooEmulator.builder().port(0).start()) {
 *     String url = odoo.url();           // http://127.0.0.1:PORT
 *     odoo.faults().latency("create", Duration.ofMillis(65));
 *     odoo.costModel().odoo19();         // calls cost what they cost a real Odoo 19
 * }
 * </pre>
 */
public final class OdooEmulator implements AutoCloseable {
    /** The classpath resource holding the default seed (the demo data of docs/contracts.md). */
    public static final String DEFAULT_SEED = "/dev/tradehub/odoo/emulator/default-seed.json";

    /**
     * The header on every answer of the emulator (API, version routes, control API), with the value
     * {@value #IDENTIFYING_HEADER_VALUE}: a real Odoo never sends it, so a client can tell its user that the Odoo it
     * talks to is this emulator.
     */
    public static final String IDENTIFYING_HEADER = "X-TradeHub-Emulator";
    public static final String IDENTIFYING_HEADER_VALUE = "Odoo 19 emulator";

    private static final Filter IDENTIFYING = Filter.beforeHandler("adds " + IDENTIFYING_HEADER,
            exchange -> exchange.getResponseHeaders().set(IDENTIFYING_HEADER, IDENTIFYING_HEADER_VALUE));

    private static final Logger LOG = Logger.getLogger(OdooEmulator.class.getName());

    private final String host;
    private final String databaseName;
    private final String apiKey;
    private final String login;
    private final String password;
    private final int uid;
    private final String seedJson;
    private final Clock clock;
    static {
        // The JDK 17 server writes a response's headers and body in two TCP segments; without TCP_NODELAY the body
        // waits for the client's delayed ACK of the headers (about 40 ms on Linux, JDK-6968351), a latency no real
        // Odoo has. The JDK reads it once, when the JVM's first HttpServer is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Faults faults = new Faults();
    /** What calls cost (off unless asked for: see {@link CostModel}). */
    private final CostModel costModel = new CostModel();
    /** Sends the webhooks of automation rules (after the calls' commits, on a thread of their own). */
    private final Webhooks webhooks = new Webhooks();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicInteger callsInProgress = new AtomicInteger();
    private final AtomicInteger peakCallsInProgress = new AtomicInteger();
    private final ExecutorService executor;
    /** Null: the database lives in memory only. */
    private final DataDir dataDir;
    private volatile Database database;
    private volatile HttpServer server;
    private final int port;

    private OdooEmulator(Builder b) throws IOException {
        this.host = b.host;
        this.databaseName = b.database;
        this.apiKey = b.apiKey;
        this.login = b.login;
        this.password = b.password;
        this.uid = b.uid;
        this.clock = b.clock;
        this.seedJson = b.seedJson != null ? b.seedJson : b.seed != null ? Files.readString(b.seed) : defaultSeed();
        this.dataDir = b.dataDir == null ? null : DataDir.open(b.dataDir, this::emptyDatabase, this::seed);
        this.database = dataDir == null ? seeded() : dataDir.database();
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "odoo-emulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            this.server = bind(new InetSocketAddress(host, b.port));
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            if (dataDir != null) {
                dataDir.close();
            }
            throw e;
        }
        this.port = server.getAddress().getPort();
        faults.listener(new Faults.Listener() {
            @Override
            public void close() {
                server.stop(0);
            }

            @Override
            public void reopen() {
                try {
                    server = bind(new InetSocketAddress(host, port));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String defaultSeed() throws IOException {
        try (InputStream in = OdooEmulator.class.getResourceAsStream(DEFAULT_SEED)) {
            if (in == null) {
                throw new IOException("missing resource " + DEFAULT_SEED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Database emptyDatabase() {
        Database db = new Database(databaseName, Registry.build(faults));
        db.clock(clock);
        AutomationLogic.install(db, webhooks);
        return db;
    }

    private void seed(Database db) {
        Seeds.load(db, seedJson, uid, login);
    }

    private Database seeded() {
        Database db = emptyDatabase();
        seed(db);
        return db;
    }

    private HttpServer bind(InetSocketAddress address) throws IOException {
        HttpServer s = HttpServer.create(address, 256);
        s.createContext("/", concurrencyCounted(new OdooHandler(new BackendImpl()))).getFilters().add(IDENTIFYING);
        s.createContext("/emulator/", new ControlApi(this)).getFilters().add(IDENTIFYING);
        s.setExecutor(executor);
        s.start();
        return s;
    }

    /**
     * Counts the API calls (JSON-2 and JSON-RPC; not {@code /web/version}) that are being answered at once. A call
     * stops counting before the first byte of its answer's body leaves: a client that frees its slot when it has
     * read the answer, and sends the next call at once, must never be seen as one call too many.
     */
    private HttpHandler concurrencyCounted(HttpHandler handler) {
        return exchange -> {
            if (!exchange.getRequestURI().getPath().startsWith("/json")) {
                handler.handle(exchange);
                return;
            }
            peakCallsInProgress.accumulateAndGet(callsInProgress.incrementAndGet(), Math::max);
            AtomicBoolean answered = new AtomicBoolean();
            Runnable answering = () -> {
                if (answered.compareAndSet(false, true)) {
                    callsInProgress.decrementAndGet();
                }
            };
            exchange.setStreams(null, new FilterOutputStream(exchange.getResponseBody()) {
                @Override
                public void write(int b) throws IOException {
                    answering.run();
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    answering.run();
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    answering.run();
                    out.close();
                }
            });
            try {
                handler.handle(exchange);
            } finally {
                answering.run();
            }
        };
    }

    /**
     * The most API calls answered at the same time since the start or the last call of this method (which
     * starts a new count): what a client's concurrency bound looks like from Odoo's side.
     */
    public int takePeakConcurrentCalls() {
        return peakCallsInProgress.getAndSet(callsInProgress.get());
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8069}. */
    public String url() {
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port;
    }

    public int port() {
        return port;
    }

    public String database() {
        return databaseName;
    }

    public String apiKey() {
        return apiKey;
    }

    public String login() {
        return login;
    }

    public String password() {
        return password;
    }

    public int uid() {
        return uid;
    }

    public Faults faults() {
        return faults;
    }

    /**
     * What calls cost, as on a real Odoo 19 ({@code costModel().odoo19()}); off in a fresh emulator. Not changed by
     * {@link #reset()}.
     */
    public CostModel costModel() {
        return costModel;
    }

    /** The folder the database is kept in ({@link Builder#dataDir}); empty: in memory only. */
    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir).map(DataDir::path);
    }

    /**
     * Reloads the seed and clears the call counters and all faults. With a data dir the seeded state also replaces
     * the persisted one, so a later start begins from the seed too.
     */
    public synchronized void reset() {
        faults.clear();
        Database fresh = seeded();
        if (dataDir != null) {
            dataDir.replaceWith(fresh);
        }
        database = fresh;
        calls.clear();
    }

    /** Calls received per {@code model/method} (JSON-RPC {@code common} calls as {@code common/login}), sorted. */
    public Map<String, Long> callCounts() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long callCount(String model, String method) {
        LongAdder a = calls.get(model + "/" + method);
        return a == null ? 0 : a.sum();
    }

    /** Deliveries and invoices made as Odoo's users make them (the control API's {@code /emulator/deliveries}, {@code /invoices}). */
    Fulfilment fulfilment() {
        return new Fulfilment(database, uid);
    }

    /** A snapshot of all sale orders (id order) with their lines, state and deliveries. */
    public List<SaleOrderView> saleOrders() {
        Database db = database;
        return Env.run(db, uid, Map.of(), true, env -> {
            List<SaleOrderView> out = new ArrayList<>();
            for (Integer id : db.allIds("sale.order")) {
                Record o = env.browse("sale.order", id);
                List<SaleOrderView.Line> lines = new ArrayList<>();
                for (Integer lineId : env.children("sale.order.line", "order_id", id)) {
                    Record l = env.browse("sale.order.line", lineId);
                    Record p = env.browse("product.product", l.stored("product_id"));
                    lines.add(new SaleOrderView.Line(lineId, (Integer) l.stored("product_id"),
                            p == null ? null : (String) p.stored("default_code"), (String) l.stored("name"),
                            number(l.stored("product_uom_qty")), (Integer) l.stored("product_uom_id"),
                            number(l.stored("price_unit")), number(env.get(l, "price_subtotal"))));
                }
                out.add(new SaleOrderView(id, (String) o.stored("name"), (String) o.stored("state"),
                        (Integer) o.stored("partner_id"), (Integer) o.stored("partner_shipping_id"),
                        (String) o.stored("client_order_ref"), (String) o.stored("commitment_date"),
                        (String) o.stored("date_order"), number(env.get(o, "amount_total")), List.copyOf(lines),
                        env.children("stock.picking", "sale_id", id)));
            }
            return out;
        });
    }

    private static double number(Object raw) {
        return raw == null ? 0.0 : ((Number) raw).doubleValue();
    }

    /** Stops serving; with a data dir, closes its journal (nothing is lost either way: each call was journaled). */
    public void stop() {
        faults.acceptConnections();
        server.stop(0);
        executor.shutdownNow();
        webhooks.close();
        if (dataDir != null) {
            dataDir.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private final class BackendImpl implements Backend {
        @Override
        public Database database() {
            return database;
        }

        @Override
        public String apiKey() {
            return apiKey;
        }

        @Override
        public int uid() {
            return uid;
        }

        @Override
        public String login() {
            return login;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public boolean isDown() {
            return faults.isDown();
        }

        @Override
        public Duration latency(String method) {
            return faults.latencyFor(method);
        }

        @Override
        public boolean injectError() {
            return faults.injectError();
        }

        @Override
        public boolean serverErrorMode() {
            return faults.mode() == Faults.ErrorMode.SERVER_ERROR;
        }

        @Override
        public void count(String model, String method) {
            calls.computeIfAbsent(model + "/" + method, k -> new LongAdder()).increment();
        }

        @Override
        public <T> T costed(String model, String method, List<Integer> ids, Map<String, Object> bound, Supplier<T> call) {
            return costModel.run(model, method, CostModel.recordsOf(method, ids, bound.get("vals_list")), call);
        }
    }

    /** Configures and starts an emulator. */
    public static final class Builder {
        private int port = 8069;
        private String host = "127.0.0.1";
        private Path seed;
        private String seedJson;
        private String database = "odoo";
        private String apiKey = "emulator-api-key";
        private String login = "admin";
        private String password = "admin";
        private int uid = 2;
        private int threads = 16;
        private Path dataDir;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The clock the database's transaction timestamps ({@code write_date}, {@code date_order}, invoice dates...)
         * come from. Default: the system clock (UTC). Tests may pass a fixed or settable clock to replay calls at
         * chosen moments; timestamps still never go back (one microsecond later than the previous one at least).
         */
        public Builder clock(Clock clock) {
            this.clock = clock == null ? Clock.systemUTC() : clock;
            return this;
        }

        /**
         * A folder to keep the database in, so that it survives a stop, a restart or a kill of the JVM (created if
         * missing). The first start seeds it; every later start loads what it holds instead of the seed. Faults
         * and call counters are not kept. Null (the default): in memory only. See {@link DataDir}.
         */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** The port; 0 picks a free one. Default 8069. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to listen on. Default 127.0.0.1. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** A seed file (see {@link Seeds} for the format); null keeps the default seed. */
        public Builder seed(Path seed) {
            this.seed = seed;
            return this;
        }

        /** A seed as JSON text (wins over {@link #seed(Path)}). */
        public Builder seedJson(String json) {
            this.seedJson = json;
            return this;
        }

        public Builder database(String database) {
            this.database = database;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder login(String login) {
            this.login = login;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** The uid of the API user. Default 2. */
        public Builder uid(int uid) {
            this.uid = uid;
            return this;
        }

        /** Worker threads (concurrent calls served). Default 16. */
        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        public OdooEmulator start() {
            try {
                OdooEmulator e = new OdooEmulator(this);
                LOG.info(() -> "Odoo emulator (Odoo 19 external API) at " + e.url() + " database " + e.database());
                return e;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}

package dev.tradehub.bootstrap;

import dev.tradehub.odoo.OdooClient;
import dev.tradehub.odoo.OdooClients;
import dev.tradehub.odoo.OdooSettings;
import dev.tradehub.odoo.ReferenceDataCache;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Odoo client of this node, configured by {@code tradehub.odoo.*}. There is no default Odoo: without
 * {@code tradehub.odoo.url} the application does not start, so that orders can never be "confirmed" into an
 * emulator because a setting was forgotten. The demo launcher runs an Odoo emulator beside the server and points
 * these settings at it; the emulator marks its answers ({@value #EMULATOR_HEADER}), and the probe reports it, so a
 * demo is never mistaken for a real Odoo.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OdooConnection {

    private static final Logger LOG = Logger.getLogger(OdooConnection.class.getName());

    @Inject
    @ConfigProperty(name = "tradehub.odoo.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.database")
    private Optional<String> database;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.login", defaultValue = "admin")
    private String login;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.api-key")
    private Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.protocol", defaultValue = "json2")
    private String protocol;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.max-concurrency", defaultValue = "4")
    private int maxConcurrency;

    @Inject
    @ConfigProperty(name = "tradehub.odoo.timeout-seconds", defaultValue = "30")
    private int timeoutSeconds;

    /** How long a looked-up customer, address, product or unit is reused without asking Odoo again. */
    @Inject
    @ConfigProperty(name = "tradehub.odoo.reference-cache-seconds", defaultValue = "300")
    private long referenceCacheSeconds;

    /** The header the Odoo emulator (module odoo-emulator) puts on each answer; a real Odoo never sends it. */
    public static final String EMULATOR_HEADER = "X-TradeHub-Emulator";

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private volatile boolean emulator;
    private ReferenceDataCache referenceData;
    private String description;
    private URI baseUrl;
    private HttpClient probeClient;
    private final AtomicLong recentCallMillis = new AtomicLong(-1);

    @PostConstruct
    void connect() {
        String target = url.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                "tradehub.odoo.url is not set: TradeHub needs the Odoo it places orders in. Set tradehub.odoo.url,"
                        + " tradehub.odoo.database and tradehub.odoo.api-key (the demo launcher sets them to its Odoo"
                        + " emulator)."));
        if (apiKey.filter(key -> !key.isBlank()).isEmpty()) {
            throw new IllegalStateException("tradehub.odoo.url is set but tradehub.odoo.api-key is not: give the"
                    + " API key of the Odoo user TradeHub works as");
        }
        OdooSettings settings = settings(URI.create(target), database.orElse(null), login, apiKey.get());
        description = "Odoo at " + target + " (" + protocol + ", database '" + database.orElse("(default)") + "')";
        referenceData = new ReferenceDataCache(timed(OdooClients.create(settings)),
                Duration.ofSeconds(referenceCacheSeconds));
        baseUrl = settings.baseUrl();
        probeClient = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        Probe first = probe();
        LOG.info(() -> "Orders go to " + description() + (first.reachable() ? "" : "; not reachable yet: " + first.detail()));
    }

    private OdooSettings settings(URI baseUrl, String db, String user, String key) {
        return new OdooSettings(baseUrl, db, user, key,
                OdooSettings.Protocol.parse(protocol),
                Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(Math.min(timeoutSeconds, 10)),
                maxConcurrency, Duration.ofSeconds(timeoutSeconds));
    }

    /** The client; its reference lookups (customers, addresses, products, units) may come from a cache. */
    public OdooClient client() {
        return referenceData.client();
    }

    /** The client whose every reference lookup asks Odoo: to verify a "not found" before reporting it. */
    public OdooClient refreshingClient() {
        return referenceData.refreshing();
    }

    /**
     * The client, with each call's duration folded into {@link #recentCallMillis()} (an exponentially weighted
     * average that mostly reflects the last few calls): what the orders really wait for, which a probe cannot show.
     */
    private OdooClient timed(OdooClient target) {
        return (OdooClient) Proxy.newProxyInstance(OdooClient.class.getClassLoader(), new Class<?>[] {OdooClient.class},
                (proxy, method, args) -> {
                    long start = System.nanoTime();
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        recentCallMillis.accumulateAndGet(millis, (average, sample) -> average < 0 ? sample
                                : (average + sample) / 2);
                    }
                });
    }

    /** The recent average duration of a call to Odoo, or -1 before the first call. */
    public long recentCallMillis() {
        return recentCallMillis.get();
    }

    /** Where orders go, for the log, the health check and the UI. */
    public String description() {
        return emulator ? description + ", the Odoo EMULATOR with demo data: NOT a real Odoo" : description;
    }

    /** What orders are placed in: the Odoo and its database (the company is the user's), e.g. to batch by. */
    public String target() {
        return baseUrl + "#" + database.orElse("");
    }

    /** The configured Odoo's base URL. */
    public URI url() {
        return baseUrl;
    }

    /** The outcome of asking Odoo for its version (GET /web/version, any protocol, no credentials). */
    public record Probe(boolean reachable, String detail, long latencyMillis) {
    }

    public Probe probe() {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = probeClient.send(HttpRequest.newBuilder(baseUrl.resolve("/web/version"))
                    .timeout(PROBE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            emulator = response.headers().firstValue(EMULATOR_HEADER).isPresent();
            return new Probe(response.statusCode() == 200, "HTTP " + response.statusCode(), millis);
        } catch (IOException e) {
            return new Probe(false, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted", (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Whether the last answer of the configured Odoo came from the Odoo emulator (demo, tests). */
    public boolean isEmulator() {
        return emulator;
    }
}

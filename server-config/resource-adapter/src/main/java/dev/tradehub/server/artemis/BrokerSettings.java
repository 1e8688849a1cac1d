package dev.tradehub.server.artemis;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The broker configuration, resolved once when the adapter starts.
 *
 * <p>Each value comes from the first of: the JVM system property (e.g. set with
 * {@code asadmin create-jvm-options}), the resource adapter's config-property (ra.xml or
 * {@code asadmin create-resource-adapter-config --property}), the default.
 *
 * @param brokerUrl             remote broker ({@code tcp://host:port[?params]}); {@code null} = embedded broker
 * @param listenUrl             optional TCP acceptor of the embedded broker for other nodes
 *                              ({@code tcp://0.0.0.0:61616}); {@code null} = in-VM only
 * @param brokerDir             journal, bindings, paging and large-message folders
 * @param maxDeliveryAttempts   deliveries before a message goes to the dead-letter address
 * @param redeliveryDelay       first redelivery delay in milliseconds
 * @param redeliveryMultiplier  factor applied to the delay at each further redelivery
 * @param maxRedeliveryDelay    upper bound of the redelivery delay in milliseconds
 * @param jmxEnabled            register the broker's MBeans
 * @param lockTimeoutMillis     how long a starting broker waits for its journal's lock, held by another broker on
 *                              the same folder, before it gives up (a bound, so that a start never hangs)
 */
public record BrokerSettings(
        String brokerUrl,
        String listenUrl,
        Path brokerDir,
        int maxDeliveryAttempts,
        long redeliveryDelay,
        double redeliveryMultiplier,
        long maxRedeliveryDelay,
        boolean jmxEnabled,
        long lockTimeoutMillis) {

    /** Work queue of TradeHub. */
    public static final String INBOUND_QUEUE = "tradehub.inbound";
    /** Outbound documents waiting for delivery. */
    public static final String OUTBOUND_QUEUE = "tradehub.outbound";
    /** The JMS contract for legacy systems: documents in, events out, poison messages. */
    public static final String LEGACY_INBOUND_QUEUE = "tradehub.legacy.inbound";
    public static final String LEGACY_EVENTS_QUEUE = "tradehub.legacy.events";
    public static final String LEGACY_DEAD_LETTER_QUEUE = "tradehub.legacy.dlq";
    /** Dead-letter address (and queue) of TradeHub. */
    public static final String DEAD_LETTER_QUEUE = "tradehub.dlq";

    /** System property: the folder that survives restarts; the broker lives in its {@code broker/}. */
    public static final String DATA_DIR = "tradehub.data-dir";
    /** System property: remote broker URL; when set no broker is embedded. */
    public static final String BROKER_URL = "tradehub.broker.url";
    /** System property: TCP acceptor URL of the embedded broker. */
    public static final String BROKER_LISTEN = "tradehub.broker.listen";
    /** System property: broker folder (default {@code ${tradehub.data-dir}/broker}). */
    public static final String BROKER_DIR = "tradehub.broker.dir";
    /** System property: deliveries before dead-lettering (default 5). */
    public static final String MAX_DELIVERY_ATTEMPTS = "tradehub.broker.max-delivery-attempts";
    /** System property: first redelivery delay in ms (default 1000). */
    public static final String REDELIVERY_DELAY = "tradehub.broker.redelivery-delay";
    /** System property: redelivery delay multiplier (default 2.0). */
    public static final String REDELIVERY_MULTIPLIER = "tradehub.broker.redelivery-multiplier";
    /** System property: maximum redelivery delay in ms (default 60000). */
    public static final String MAX_REDELIVERY_DELAY = "tradehub.broker.max-redelivery-delay";
    /** System property: {@code true} registers the broker's MBeans (default false). */
    public static final String JMX = "tradehub.broker.jmx";
    /** System property: how long to wait for the journal's lock in ms (default 30000). */
    public static final String LOCK_TIMEOUT = "tradehub.broker.lock-timeout-ms";

    static final int DEFAULT_MAX_DELIVERY_ATTEMPTS = 5;
    static final long DEFAULT_REDELIVERY_DELAY = 1000;
    static final double DEFAULT_REDELIVERY_MULTIPLIER = 2.0;
    static final long DEFAULT_MAX_REDELIVERY_DELAY = 60_000;
    static final long DEFAULT_LOCK_TIMEOUT = 30_000;

    public BrokerSettings {
        Objects.requireNonNull(brokerDir, "brokerDir");
        brokerUrl = blankToNull(brokerUrl);
        listenUrl = blankToNull(listenUrl);
        if (maxDeliveryAttempts == 0 || maxDeliveryAttempts < -1) {
            throw new IllegalArgumentException("maxDeliveryAttempts must be -1 or > 0: " + maxDeliveryAttempts);
        }
        if (lockTimeoutMillis <= 0) {
            throw new IllegalArgumentException("the journal lock timeout must be > 0 ms: " + lockTimeoutMillis);
        }
    }

    /** {@code true} when the adapter connects to a remote broker and embeds none. */
    public boolean remote() {
        return brokerUrl != null;
    }

    /**
     * Resolves the settings.
     *
     * @param raProperties the adapter's config-properties by system-property key (values may be null)
     * @param system       system properties lookup (normally {@code System::getProperty})
     */
    public static BrokerSettings resolve(Map<String, String> raProperties, Function<String, String> system) {
        Function<String, String> get = key -> {
            String value = blankToNull(system.apply(key));
            return value != null ? value : blankToNull(raProperties.get(key));
        };
        String dir = get.apply(BROKER_DIR);
        Path brokerDir = dir != null ? Path.of(dir) : dataDir(get.apply(DATA_DIR), system).resolve("broker");
        return new BrokerSettings(
                get.apply(BROKER_URL),
                get.apply(BROKER_LISTEN),
                brokerDir.toAbsolutePath().normalize(),
                parse(get, MAX_DELIVERY_ATTEMPTS, DEFAULT_MAX_DELIVERY_ATTEMPTS, Integer::parseInt),
                parse(get, REDELIVERY_DELAY, DEFAULT_REDELIVERY_DELAY, Long::parseLong),
                parse(get, REDELIVERY_MULTIPLIER, DEFAULT_REDELIVERY_MULTIPLIER, Double::parseDouble),
                parse(get, MAX_REDELIVERY_DELAY, DEFAULT_MAX_REDELIVERY_DELAY, Long::parseLong),
                Boolean.parseBoolean(get.apply(JMX)),
                parse(get, LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT, Long::parseLong));
    }

    private static Path dataDir(String configured, Function<String, String> system) {
        if (configured != null) {
            return Path.of(configured);
        }
        // No data dir given: keep the broker inside the Payara domain (or the working folder).
        String instanceRoot = blankToNull(system.apply("com.sun.aas.instanceRoot"));
        return Path.of(instanceRoot != null ? instanceRoot : system.apply("user.dir"), "tradehub-data");
    }

    private static <T> T parse(Function<String, String> get, String key, T fallback, Function<String, T> parser) {
        String value = get.apply(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value of " + key + ": '" + value + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

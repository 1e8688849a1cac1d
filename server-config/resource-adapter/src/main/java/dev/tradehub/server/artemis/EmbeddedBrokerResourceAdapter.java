package dev.tradehub.server.artemis;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/**
 * Artemis' resource adapter with an embedded broker.
 *
 * <p>{@link #start(BootstrapContext)} resolves {@link BrokerSettings}; with no remote broker URL it
 * starts an {@link EmbeddedBroker} and lets the adapter connect to it in-VM (the ra.xml defaults:
 * {@code InVMConnectorFactory}, {@code serverId=0}); with a URL ({@code tcp://host:port[?k=v&...]})
 * it points the adapter's connector at that broker ({@code NettyConnectorFactory}) and embeds
 * nothing. {@link #stop()} stops the adapter first (closing activations and pooled connections),
 * then the broker.
 *
 * <p>The extra config-properties below are JavaBean properties so Payara can set them from ra.xml
 * or from {@code asadmin create-resource-adapter-config artemis-ra --property Name=value}; a JVM
 * system property of the same meaning always wins (see {@link BrokerSettings}).
 */
public class EmbeddedBrokerResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EmbeddedBrokerResourceAdapter.class.getName());
    static final String NETTY_CONNECTOR = "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";

    private String brokerUrl;
    private String listenUrl;
    private String dataDir;
    private String brokerDir;
    private Integer maxDeliveryAttempts;
    private Long redeliveryDelay;
    private Double redeliveryMultiplier;
    private Long maxRedeliveryDelay;
    private Boolean jmxEnabled;
    private Long lockTimeoutMs;

    private transient EmbeddedBroker broker;

    /**
     * Artemis delivers to MDB sessions on its client's global thread pool, 8 threads per core by default (16 on two
     * cores): fewer than TradeHub's sessions (32 inbound, while their interchanges wait for a batch to come back from
     * Odoo, plus outbound, legacy and dead-letter ones), which silently capped the inbound sessions at 16.
     */
    static final int GLOBAL_CLIENT_THREADS = 64;

    @Override
    public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
        if (System.getProperty(ActiveMQClient.THREAD_POOL_MAX_SIZE_PROPERTY_KEY) == null) {
            ActiveMQClient.setGlobalThreadPoolProperties(GLOBAL_CLIENT_THREADS,
                    ActiveMQClient.DEFAULT_SCHEDULED_THREAD_POOL_MAX_SIZE,
                    ActiveMQClient.DEFAULT_SCHEDULED_THREAD_POOL_MAX_SIZE);
        }
        BrokerSettings settings;
        try {
            settings = BrokerSettings.resolve(configProperties(), System::getProperty);
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid TradeHub broker configuration: " + e.getMessage(), e);
        }
        if (settings.remote()) {
            useRemoteBroker(settings.brokerUrl());
            LOG.info(() -> "TradeHub Artemis adapter connects to the remote broker " + settings.brokerUrl());
        } else {
            EmbeddedBroker embedded = new EmbeddedBroker(settings);
            try {
                embedded.start();
            } catch (Exception e) {
                throw new ResourceAdapterInternalException(e.getMessage(), e);
            }
            broker = embedded;
        }
        try {
            super.start(ctx);
        } catch (ResourceAdapterInternalException | RuntimeException e) {
            stopBroker();
            throw e;
        }
    }

    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            stopBroker();
        }
    }

    /** The embedded broker, or {@code null} when a remote broker is used or the adapter is stopped. */
    public EmbeddedBroker getEmbeddedBroker() {
        return broker;
    }

    private void stopBroker() {
        EmbeddedBroker running = broker;
        broker = null;
        if (running != null) {
            try {
                running.stop();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The embedded Artemis broker did not stop cleanly", e);
            }
        }
    }

    /** Points the adapter's connector at {@code url} ({@code tcp://host:port[?param=value&...]}). */
    void useRemoteBroker(String url) {
        setConnectorClassName(NETTY_CONNECTOR);
        setConnectionParameters(nettyParameters(url));
    }

    /** {@code tcp://host:port?a=b} -> {@code host=host;port=port;a=b} (the adapter's ConnectionParameters syntax). */
    static String nettyParameters(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getHost() == null || !("tcp".equals(uri.getScheme()) || "ssl".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("Broker URL must look like tcp://host:61616: " + url);
        }
        StringBuilder params = new StringBuilder("host=").append(uri.getHost())
                .append(";port=").append(uri.getPort() > 0 ? uri.getPort() : 61616);
        if ("ssl".equals(uri.getScheme())) {
            params.append(";sslEnabled=true");
        }
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                if (!pair.isBlank()) {
                    params.append(';').append(pair);
                }
            }
        }
        return params.toString();
    }

    private Map<String, String> configProperties() {
        Map<String, String> props = new HashMap<>();
        props.put(BrokerSettings.BROKER_URL, brokerUrl);
        props.put(BrokerSettings.BROKER_LISTEN, listenUrl);
        props.put(BrokerSettings.DATA_DIR, dataDir);
        props.put(BrokerSettings.BROKER_DIR, brokerDir);
        props.put(BrokerSettings.MAX_DELIVERY_ATTEMPTS, str(maxDeliveryAttempts));
        props.put(BrokerSettings.REDELIVERY_DELAY, str(redeliveryDelay));
        props.put(BrokerSettings.REDELIVERY_MULTIPLIER, str(redeliveryMultiplier));
        props.put(BrokerSettings.MAX_REDELIVERY_DELAY, str(maxRedeliveryDelay));
        props.put(BrokerSettings.JMX, str(jmxEnabled));
        props.put(BrokerSettings.LOCK_TIMEOUT, str(lockTimeoutMs));
        return props;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    // --- config-properties (ra.xml names: BrokerUrl, ListenUrl, DataDir, BrokerDir, MaxDeliveryAttempts,
    // RedeliveryDelay, RedeliveryMultiplier, MaxRedeliveryDelay, JmxEnabled, LockTimeoutMs) ---

    public String getBrokerUrl() { return brokerUrl; }
    public void setBrokerUrl(String brokerUrl) { this.brokerUrl = brokerUrl; }

    public String getListenUrl() { return listenUrl; }
    public void setListenUrl(String listenUrl) { this.listenUrl = listenUrl; }

    public String getDataDir() { return dataDir; }
    public void setDataDir(String dataDir) { this.dataDir = dataDir; }

    public String getBrokerDir() { return brokerDir; }
    public void setBrokerDir(String brokerDir) { this.brokerDir = brokerDir; }

    public Integer getMaxDeliveryAttempts() { return maxDeliveryAttempts; }
    public void setMaxDeliveryAttempts(Integer maxDeliveryAttempts) { this.maxDeliveryAttempts = maxDeliveryAttempts; }

    public Long getRedeliveryDelay() { return redeliveryDelay; }
    public void setRedeliveryDelay(Long redeliveryDelay) { this.redeliveryDelay = redeliveryDelay; }

    public Double getRedeliveryMultiplier() { return redeliveryMultiplier; }
    public void setRedeliveryMultiplier(Double redeliveryMultiplier) { this.redeliveryMultiplier = redeliveryMultiplier; }

    public Long getMaxRedeliveryDelay() { return maxRedeliveryDelay; }
    public void setMaxRedeliveryDelay(Long maxRedeliveryDelay) { this.maxRedeliveryDelay = maxRedeliveryDelay; }

    public Boolean getJmxEnabled() { return jmxEnabled; }
    public void setJmxEnabled(Boolean jmxEnabled) { this.jmxEnabled = jmxEnabled; }

    public Long getLockTimeoutMs() { return lockTimeoutMs; }
    public void setLockTimeoutMs(Long lockTimeoutMs) { this.lockTimeoutMs = lockTimeoutMs; }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

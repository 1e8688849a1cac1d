package dev.tradehub.server.artemis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The ActiveMQ Artemis broker embedded in the resource adapter: in-VM acceptor {@code vm://0}
 * (plus an optional TCP acceptor), persistent NIO journal with synchronous writes (a SIGKILL loses
 * no committed message), no security (only reachable in-VM unless a TCP acceptor is opened) and
 * TradeHub's address settings.
 */
public final class EmbeddedBroker {

    /** The in-VM server id the adapter's default connector ({@code InVMConnectorFactory}, serverId=0) uses. */
    public static final String IN_VM_URL = "vm://0";

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());
    /** Artemis' audit loggers log every message at INFO: keep them quiet (strong reference keeps the level). */
    private static final Logger AUDIT = Logger.getLogger("org.apache.activemq.audit");

    static {
        if (AUDIT.getLevel() == null) {
            AUDIT.setLevel(Level.WARNING);
        }
    }

    private final BrokerSettings settings;
    private EmbeddedActiveMQ broker;

    public EmbeddedBroker(BrokerSettings settings) {
        this.settings = settings;
    }

    /** Starts the broker (recovering its journal); returns the start time in milliseconds. */
    public synchronized long start() throws Exception {
        if (broker != null) {
            return 0;
        }
        long begin = System.nanoTime();
        Files.createDirectories(settings.brokerDir());
        EmbeddedActiveMQ embedded = new EmbeddedActiveMQ();
        embedded.setConfiguration(configuration(settings));
        try {
            embedded.start();
        } catch (Exception | Error e) {
            stopHalfStarted(embedded);
            throw new BrokerStartException(failure(e), e);
        }
        if (!embedded.getActiveMQServer().isActive()) {
            // Artemis logs a failed activation (such as a lock it could not get in time) instead of throwing it.
            stopHalfStarted(embedded);
            throw new BrokerStartException(notActive());
        }
        broker = embedded;
        long millis = (System.nanoTime() - begin) / 1_000_000;
        LOG.info(() -> "TradeHub embedded Artemis broker started in " + millis + " ms (journal "
                + settings.brokerDir() + (settings.listenUrl() != null ? ", listening on " + settings.listenUrl() : "")
                + ")");
        return millis;
    }

    /**
     * A broker that failed half-way may already hold the journal's file lock: stopping it releases the lock, so
     * that the next start (a redeployment in the same server) does not wait for a lock nobody will give back.
     */
    private static void stopHalfStarted(EmbeddedActiveMQ embedded) {
        try {
            embedded.stop();
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "A broker that failed to start did not stop cleanly", e);
        }
    }

    private String notActive() {
        return "The embedded Artemis broker did not become active within " + settings.lockTimeoutMillis()
                + " ms: its journal " + settings.brokerDir() + " is locked by another broker (another TradeHub"
                + " server on the same data folder?). Stop that one, or give this one its own tradehub.data-dir.";
    }

    private String failure(Throwable e) {
        return "The embedded Artemis broker did not start (journal " + settings.brokerDir() + "): " + e;
    }

    /** Why the embedded broker did not start, in one sentence a user can act on. */
    public static final class BrokerStartException extends Exception {
        private static final long serialVersionUID = 1L;

        BrokerStartException(String message) {
            super(message);
        }

        BrokerStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Stops the broker; safe to call when it is not running. */
    public synchronized void stop() throws Exception {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
            LOG.info("TradeHub embedded Artemis broker stopped");
        } finally {
            broker = null;
        }
    }

    /** The running server, or {@code null}. */
    public synchronized ActiveMQServer server() {
        return broker == null ? null : broker.getActiveMQServer();
    }

    /** The broker configuration for these settings. */
    static Configuration configuration(BrokerSettings settings) throws Exception {
        Path dir = settings.brokerDir();
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("tradehub");
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO);
        config.setJournalDirectory(dir.resolve("journal").toString());
        config.setBindingsDirectory(dir.resolve("bindings").toString());
        config.setPagingDirectory(dir.resolve("paging").toString());
        config.setLargeMessagesDirectory(dir.resolve("large-messages").toString());
        config.setNodeManagerLockDirectory(dir.toString());
        config.setJournalLockAcquisitionTimeout(settings.lockTimeoutMillis());
        config.setJournalSyncTransactional(true);
        config.setJournalSyncNonTransactional(true);
        // Small journal files: the first start pre-allocates only 2 x 2 MB.
        config.setJournalFileSize(2 * 1024 * 1024);
        config.setJournalMinFiles(2);
        config.setSecurityEnabled(false);
        config.setJMXManagementEnabled(settings.jmxEnabled());
        // Developer machines and CI runners often have fuller disks than a broker likes: never block.
        config.setMaxDiskUsage(-1);
        config.setGracefulShutdownEnabled(false);
        config.addAcceptorConfiguration("in-vm", IN_VM_URL);
        if (settings.listenUrl() != null) {
            config.addAcceptorConfiguration("tcp", settings.listenUrl());
        }
        addressSettings(settings).forEach(config::addAddressSetting);
        // Pre-created durable anycast queues: the broker routes dead letters only to existing queues.
        config.addAddressConfiguration(anycastQueue(BrokerSettings.INBOUND_QUEUE));
        config.addAddressConfiguration(anycastQueue(BrokerSettings.OUTBOUND_QUEUE));
        config.addAddressConfiguration(anycastQueue(BrokerSettings.DEAD_LETTER_QUEUE));
        config.addAddressConfiguration(anycastQueue(BrokerSettings.LEGACY_INBOUND_QUEUE));
        config.addAddressConfiguration(anycastQueue(BrokerSettings.LEGACY_EVENTS_QUEUE));
        config.addAddressConfiguration(anycastQueue(BrokerSettings.LEGACY_DEAD_LETTER_QUEUE));
        return config;
    }

    private static CoreAddressConfiguration anycastQueue(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name)
                        .setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
    }

    /**
     * TradeHub's address settings: {@code #} and {@code tradehub.inbound} dead-letter into
     * {@code tradehub.dlq} after {@code maxDeliveryAttempts} deliveries, with an exponential
     * redelivery delay; {@code tradehub.dlq} has its own settings (unlimited deliveries, so it never
     * dead-letters into itself) and a slow redelivery so a failing DLQ consumer does not spin.
     */
    static Map<String, AddressSettings> addressSettings(BrokerSettings settings) {
        Map<String, AddressSettings> all = new LinkedHashMap<>();
        all.put("#", workQueue(settings));
        all.put(BrokerSettings.INBOUND_QUEUE, workQueue(settings));
        all.put(BrokerSettings.OUTBOUND_QUEUE, workQueue(settings));
        // A legacy system's message that keeps failing is its own: it goes to the legacy dead letter channel,
        // where the legacy system's operators look, not to TradeHub's (which holds message-log ids).
        all.put(BrokerSettings.LEGACY_INBOUND_QUEUE, workQueue(settings)
                .setDeadLetterAddress(SimpleString.of(BrokerSettings.LEGACY_DEAD_LETTER_QUEUE)));
        all.put(BrokerSettings.LEGACY_EVENTS_QUEUE, new AddressSettings().setMaxDeliveryAttempts(-1)
                .setAutoCreateQueues(true).setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false).setAutoDeleteAddresses(false));
        all.put(BrokerSettings.LEGACY_DEAD_LETTER_QUEUE, new AddressSettings().setMaxDeliveryAttempts(-1)
                .setAutoCreateQueues(true).setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false).setAutoDeleteAddresses(false));
        all.put(BrokerSettings.DEAD_LETTER_QUEUE, new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(Math.max(settings.redeliveryDelay(), 1000))
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(Math.max(settings.maxRedeliveryDelay(), 60_000))
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false));
        return all;
    }

    private static AddressSettings workQueue(BrokerSettings settings) {
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(BrokerSettings.DEAD_LETTER_QUEUE))
                .setAutoCreateDeadLetterResources(false)
                .setMaxDeliveryAttempts(settings.maxDeliveryAttempts())
                .setRedeliveryDelay(settings.redeliveryDelay())
                .setRedeliveryMultiplier(settings.redeliveryMultiplier())
                .setMaxRedeliveryDelay(settings.maxRedeliveryDelay())
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false);
    }
}

/**
 * The ActiveMQ Artemis resource adapter of TradeHub, deployed on Payara as {@code artemis-ra}.
 *
 * <p>{@link dev.tradehub.server.artemis.EmbeddedBrokerResourceAdapter} is Artemis' own
 * {@code ActiveMQResourceAdapter} plus an embedded broker: unless a remote broker URL is
 * configured, {@code start()} boots an {@code EmbeddedActiveMQ} (in-VM acceptor, persistent NIO
 * journal under {@code ${tradehub.data-dir}/broker}) before the adapter connects to it, and
 * {@code stop()} shuts it down after the adapter's connections are closed.
 * {@link dev.tradehub.server.artemis.BrokerSettings} resolves the configuration (system property,
 * then RA config-property, then default); {@link dev.tradehub.server.artemis.EmbeddedBroker} turns
 * it into a broker configuration with TradeHub's address settings (dead letter channel
 * {@code tradehub.dlq}, redelivery with back-off).
 */
package dev.tradehub.server.artemis;

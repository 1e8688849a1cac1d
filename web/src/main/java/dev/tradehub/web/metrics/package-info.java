/**
 * TradeHub's own figures at {@code /metrics} (MicroProfile Metrics, application scope, Prometheus text): counts read
 * from the message log when scraped.
 */
package dev.tradehub.web.metrics;

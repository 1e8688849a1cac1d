/**
 * Intake of the running server: a load generator (JDK HttpClient, platform threads) posting distinct valid
 * documents at a fixed concurrency, counting the 202s and their latencies, then checking that every accepted
 * document is stored.
 */
package dev.tradehub.bench.intake;

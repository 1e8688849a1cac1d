/**
 * A deployed TradeHub for the benchmarks: Payara Server provisioned from the Maven-resolved zip, the profile's
 * set-up, the Artemis RAR and the EAR, pointed at an Odoo emulator in the benchmark's JVM; plus the few API calls
 * the suite needs.
 */
package dev.tradehub.bench.server;

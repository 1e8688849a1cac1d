/**
 * Payara Server set-up as code: provision the Payara Server zip resolved by Maven, create the
 * {@code tradehub} domain, apply a {@link dev.tradehub.server.payara.Profile} (asadmin command files
 * under {@code src/main/resources/dev/tradehub/server/payara/}), deploy the Artemis resource adapter
 * as {@code artemis-ra} and the TradeHub EAR, wait for readiness, stop, and kill for crash tests.
 *
 * <p>{@link dev.tradehub.server.payara.PayaraServer} is the library used by the demo
 * (the launcher in {@code dev.tradehub.server.launcher}) and the end-to-end tests;
 * {@link dev.tradehub.server.payara.Asadmin} runs asadmin and captures its output;
 * {@link dev.tradehub.server.payara.CommandFile} renders the command files;
 * {@link dev.tradehub.server.payara.MicroPostBootFile} renders the post-boot file of Payara Micro.
 * Pure JDK: no runtime dependency (the launcher's Odoo emulator is the launcher's).
 */
package dev.tradehub.server.payara;

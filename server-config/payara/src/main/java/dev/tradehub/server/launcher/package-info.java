/**
 * The run command of the README ({@code ./mvnw -Prun -DskipTests package}): one process that owns a start of
 * TradeHub from beginning to end. It takes the data folder ({@link dev.tradehub.server.launcher.DataFolder}: one
 * launcher at a time, the API token, a reset on request), checks the ports before anything binds them
 * ({@link dev.tradehub.server.launcher.FreePorts}), starts the demo's Odoo emulator beside the server when no Odoo is
 * configured ({@link dev.tradehub.server.launcher.DemoOdoo}), brings the Payara domain up through
 * {@link dev.tradehub.server.payara.PayaraServer} (redeploying only what changed), and then watches the server
 * until Ctrl-C or SIGTERM stops it, or it dies. Every wait has a bound; every failure ends in one line that says
 * why, and a non-zero exit.
 */
package dev.tradehub.server.launcher;

package dev.tradehub.bench;

import dev.tradehub.bench.endtoend.NaiveIntegration;
import dev.tradehub.bench.endtoend.OdooLatency;
import dev.tradehub.bench.endtoend.TradeHubFlow;
import dev.tradehub.bench.intake.IntakeLoad;
import dev.tradehub.bench.report.MarkdownReport;
import dev.tradehub.bench.report.Results;
import dev.tradehub.bench.search.MessageSearchLoad;
import dev.tradehub.bench.server.BenchServer;
import dev.tradehub.bench.translation.TranslationRun;
import dev.tradehub.odoo.emulator.OdooEmulator;
import dev.tradehub.server.payara.Profile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the parts in sequence (translation, intake on the embedded default with memory and start, end to end into
 * Odoo, intake on PostgreSQL) and writes the report. Settings are system properties: {@code bench.quick},
 * {@code bench.parts}, {@code bench.duration}, {@code bench.warmup}, {@code bench.orders}, {@code bench.settle}
 * (seconds), {@code bench.output}, {@code bench.work}; the artifacts come from the bench profile of the pom.
 */
public final class BenchmarkSuite {

    /** The documented command (docs/benchmarks.md, README). */
    public static final String COMMAND = "./mvnw -Pbench -DskipTests verify -pl bench -am";

    private static final int[] CLIENTS = {1, 8, 64};
    private static final int EMBEDDED_PORT_BASE = 31000;
    private static final int END_TO_END_PORT_BASE = 32000;
    private static final int POSTGRESQL_PORT_BASE = 33000;
    private static final int SEARCH_PORT_BASE = 34000;
    private static final int SEARCH_MESSAGES = 100_000;

    private final boolean quick = Boolean.getBoolean("bench.quick");
    private final Set<String> parts = Set.of((System.getProperty("bench.parts", "").isBlank()
            ? "translation,intake,endtoend,postgresql,search" : System.getProperty("bench.parts")).split("\\s*,\\s*"));
    private final Duration duration = seconds("bench.duration", quick ? 3 : 30);
    private final Duration warmup = seconds("bench.warmup", quick ? 1 : 10);
    private final Duration settle = seconds("bench.settle", quick ? 2 : 30);
    private final int orders = Integer.getInteger("bench.orders", quick ? 20 : 200);
    private final Path work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
    private final Results results = new Results();

    public static void main(String[] args) throws IOException {
        BenchmarkSuite suite = new BenchmarkSuite();
        Path output = suite.run();
        System.out.println("Benchmark report written to " + output);
        System.exit(0);
    }

    private Path run() throws IOException {
        long begin = System.nanoTime();
        Files.createDirectories(work);
        results.command = COMMAND + (quick ? " -Dbench.quick=true" : "");
        results.settings.put("quick", Boolean.toString(quick));
        results.settings.put("parts", String.join(",", new java.util.TreeSet<>(parts)));
        results.settings.put("intake warm-up / measured per level", warmup.toSeconds() + " s / " + duration.toSeconds()
                + " s");
        results.settings.put("end-to-end orders per run", Integer.toString(orders));
        results.settings.put("idle settle", settle.toSeconds() + " s");
        log("Benchmark suite: " + results.settings + ", load average " + results.loadBefore);
        if (parts.contains("translation")) {
            part("translation", this::translation);
        }
        if (parts.contains("intake")) {
            part("intake (embedded)", this::embeddedIntake);
        }
        if (parts.contains("endtoend")) {
            part("end to end", this::endToEnd);
        }
        if (parts.contains("postgresql")) {
            part("intake (postgresql)", this::postgresqlIntake);
        }
        if (parts.contains("search")) {
            part("message search (postgresql)", this::messageSearch);
        }
        results.loadAfter = dev.tradehub.bench.report.Machine.loadAverage();
        results.total = Duration.ofNanos(System.nanoTime() - begin);
        Path output = output();
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, new MarkdownReport(results).render() + keptAnalysis(output));
        return output;
    }

    /** The hand-written "## Analysis" section of the previous report (to the end of the file), kept on a re-run. */
    private static String keptAnalysis(Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return "";
        }
        String previous = Files.readString(output);
        int at = previous.indexOf("\n" + MarkdownReport.ANALYSIS_HEADING);
        return at < 0 ? "" : previous.substring(at + 1);
    }

    /** {@code bench.output} when set; else a quick run writes under the work folder, a full one the docs. */
    private Path output() {
        String configured = System.getProperty("bench.output", "");
        if (!configured.isBlank() && !configured.startsWith("${")) {
            return Path.of(configured);
        }
        String docs = System.getProperty("bench.docs", "");
        return quick || docs.isBlank() ? work.resolve(quick ? "benchmarks-quick.md" : "benchmarks.md") : Path.of(docs);
    }

    // --- parts ----------------------------------------------------------------------------------

    private void translation() throws Exception {
        results.translation = TranslationRun.run(quick ? TranslationRun.Plan.quick() : TranslationRun.Plan.full());
    }

    private void embeddedIntake() throws Exception {
        try (OdooEmulator odoo = OdooEmulator.builder().port(0).start();
                BenchServer server = BenchServer.start("embedded", EMBEDDED_PORT_BASE, Profile.EMBEDDED, Map.of(), odoo,
                        work, BenchServer.Deployables.fromSystemProperties())) {
            intake("embedded (H2, embedded broker)", server);
        }
    }

    private void postgresqlIntake() throws Exception {
        onPostgreSql("postgresql", POSTGRESQL_PORT_BASE,
                (server, connection) -> intake("postgresql (PostgreSQL last agent, embedded broker)", server));
    }

    /** The message log filled with 100,000 messages, then the API's searches timed (the portal pages the same way). */
    private void messageSearch() throws Exception {
        onPostgreSql("search", SEARCH_PORT_BASE, (server, connection) -> {
            int count = quick ? SEARCH_MESSAGES / 10 : SEARCH_MESSAGES;
            LocalDateTime until = LocalDateTime.now(ZoneOffset.UTC);
            long begin = System.nanoTime();
            MessageSearchLoad.fill(connection, count, until);
            sqlOn(connection, "ANALYZE");
            log("search: " + count + " messages written in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
            results.searchMessages = count;
            results.search.addAll(new MessageSearchLoad(server.url("/"), server.token()).run(count, until,
                    quick ? 5 : 20));
            results.search.forEach(row -> log(String.format("  %s: %d matched, p50 %.1f ms, p95 %.1f ms",
                    row.search(), row.matched(), row.p50Millis(), row.p95Millis())));
        });
    }

    private interface OnPostgreSql {
        void run(BenchServer server, Connection connection) throws Exception;
    }

    /** A server on the production profile, in a schema of its own that is dropped afterwards. */
    private void onPostgreSql(String name, int portBase, OnPostgreSql work) throws Exception {
        String url = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("bench.postgres.user", "postgres");
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(url, user, "CREATE SCHEMA " + schema);
        try (OdooEmulator odoo = OdooEmulator.builder().port(0).start();
                BenchServer server = BenchServer.start(name, portBase, Profile.POSTGRESQL,
                        Map.of("postgresql.driver.jar", BenchServer.Deployables.fromSystemProperties()
                                        .postgresqlDriver().toString(),
                                "postgresql.pool.properties", Profile.postgresqlProperties(url + "?currentSchema="
                                        + schema, user, "")),
                        odoo, this.work, BenchServer.Deployables.fromSystemProperties());
                Connection connection = DriverManager.getConnection(url + "?currentSchema=" + schema, user, "")) {
            work.run(server, connection);
        } finally {
            sql(url, user, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Start, idle memory, then 1, 8 and 64 clients against a server whose Odoo answers at once. */
    private void intake(String profile, BenchServer server) throws Exception {
        Duration firstStart = server.firstStartToReady();
        Map<String, Duration> steps = server.timings();
        log(profile + ": first start to ready " + firstStart.toMillis() + " ms " + steps);
        BenchServer.StartTimes restart = server.restart();
        log(profile + ": restart to ready " + restart.ready().toMillis() + " ms, to the API serving "
                + restart.apiServing().toMillis() + " ms; settling " + settle.toSeconds() + " s");
        double cpuBefore = server.cpuSeconds();
        Thread.sleep(settle.toMillis());
        double idleCores = (server.cpuSeconds() - cpuBefore) / Math.max(1, settle.toSeconds());
        long idleRss = server.residentSetBytes();
        log(profile + ": idle RSS " + idleRss / (1024 * 1024) + " MB, idle CPU " + idleCores + " cores");
        List<Results.IntakeRow> rows = new ArrayList<>();
        results.intake.put(profile, rows);
        AtomicLong sequence = new AtomicLong(1000);
        IntakeLoad load = new IntakeLoad(server.url("/api/v1/documents"), server.token(), sequence,
                "IN" + Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase());
        long[] rss = {0, 0};
        for (int clients : CLIENTS) {
            log(profile + ": " + clients + " client(s)");
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            if (clients == CLIENTS[CLIENTS.length - 1]) {
                sampler.scheduleAtFixedRate(() -> {
                    long now = server.residentSetBytes();
                    rss[0] = Math.max(rss[0], now);
                    rss[1] = now;
                }, 0, 500, TimeUnit.MILLISECONDS);
            }
            double serverCpu = server.cpuSeconds();
            double benchCpu = benchCpuSeconds();
            long wall = System.nanoTime();
            IntakeLoad.Result result = load.run(clients, warmup, duration, server::storedMessages);
            double elapsed = (System.nanoTime() - wall) / 1e9;
            sampler.shutdownNow();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
            rows.add(new Results.IntakeRow(result, (server.cpuSeconds() - serverCpu) / elapsed,
                    (benchCpuSeconds() - benchCpu) / elapsed, server.messagesInStatus("COMPLETED")));
            log(String.format("  %d clients: %.0f docs/s, p50 %.1f ms, p99 %.1f ms, stored %d of %d, errors %s",
                    clients, result.perSecond(), result.p50Millis(), result.p99Millis(), result.stored(),
                    result.acceptedTotal(), result.otherOutcomes()));
        }
        results.servers.put(profile, new Results.ServerFacts(firstStart, steps, restart.ready(), restart.apiServing(), idleCores, idleRss, rss[0], rss[1]));
    }

    private void endToEnd() throws Exception {
        String tag = "E2E" + Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();
        try (OdooEmulator odoo = OdooLatency.calibratedEmulator();
                BenchServer server = BenchServer.start("endtoend", END_TO_END_PORT_BASE, Profile.EMBEDDED, Map.of(),
                        odoo, work, BenchServer.Deployables.fromSystemProperties())) {
            TradeHubFlow flow = new TradeHubFlow(server.url("/api/v1/documents"), server.token(), odoo,
                    new AtomicLong(5000));
            Duration timeout = Duration.ofMinutes(quick ? 2 : 10);
            // warms the reference cache and the server's code paths; then a lone order at a time
            flow.run(tag + "-W", quick ? 2 : 10, 1, 1, timeout);
            results.loneOrderMillis = flow.loneOrderLatencies(tag + "-L", quick ? 2 : 5, timeout);
            results.loneOrderFloorMillis = OdooLatency.loneOrderCost(odoo).toMillis();
            log("  lone order, send to confirmed (ms): " + results.loneOrderMillis);
            // {orders per interchange, concurrent senders}
            for (int[] shape : new int[][] {{1, 1}, {1, 8}, {1, 64}, {10, 1}}) {
                var run = flow.run(tag + "-" + shape[0] + "x" + shape[1], orders, shape[0], shape[1], timeout);
                results.tradeHubEndToEnd.add(run);
                log(String.format("  %s: %d of %d confirmed in %.1f s = %.2f orders/s, Odoo calls %s", run.label(),
                        run.confirmed(), run.orders(), run.seconds(), run.ordersPerSecond(), run.odooCalls()));
            }
        }
        // The same lone orders into a server that places each interchange on its own (no batching), for comparison.
        try (OdooEmulator odoo = OdooLatency.calibratedEmulator();
                BenchServer server = BenchServer.start("unbatched", END_TO_END_PORT_BASE, Profile.EMBEDDED, Map.of(),
                        Map.of("tradehub.odoo.batch.max-orders", "1", "tradehub.odoo.batch.max-wait-ms", "0"), odoo,
                        work, BenchServer.Deployables.fromSystemProperties())) {
            TradeHubFlow flow = new TradeHubFlow(server.url("/api/v1/documents"), server.token(), odoo,
                    new AtomicLong(9000));
            Duration timeout = Duration.ofMinutes(2);
            flow.run(tag + "-UW", quick ? 2 : 10, 1, 1, timeout);
            results.loneOrderUnbatchedMillis = flow.loneOrderLatencies(tag + "-UL", quick ? 2 : 5, timeout);
            log("  lone order without batching, send to COMPLETED (ms): " + results.loneOrderUnbatchedMillis);
        }
        try (OdooEmulator odoo = OdooLatency.calibratedEmulator()) {
            NaiveIntegration direct = new NaiveIntegration(odoo);
            results.naive = direct.run(tag + "-N", quick ? orders : Math.min(orders, 100));
            log(String.format("  direct script: %d in %.1f s = %.2f orders/s", results.naive.confirmed(),
                    results.naive.seconds(), results.naive.ordersPerSecond()));
            results.batchLimit = direct.batchLimit(tag + "-B", orders, 50);
            log(String.format("  batch limit: %d in %.1f s = %.2f orders/s", results.batchLimit.confirmed(),
                    results.batchLimit.seconds(), results.batchLimit.ordersPerSecond()));
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private interface Part {
        void run() throws Exception;
    }

    private void part(String name, Part part) {
        log("=== " + name);
        long begin = System.nanoTime();
        try {
            part.run();
            log("=== " + name + " done in " + (System.nanoTime() - begin) / 1_000_000_000 + " s");
        } catch (Exception | Error e) {
            e.printStackTrace();
            results.notes.add("Part '" + name + "' failed: " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static double benchCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : 0;
    }

    private static void sql(String url, String user, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            sqlOn(connection, statement);
        }
    }

    private static void sqlOn(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static Duration seconds(String property, long fallback) {
        String value = System.getProperty(property, "");
        return value.isBlank() || value.startsWith("${") ? Duration.ofSeconds(fallback)
                : Duration.ofSeconds(Long.parseLong(value.trim()));
    }

    private static void log(String line) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
        System.out.flush();
    }
}

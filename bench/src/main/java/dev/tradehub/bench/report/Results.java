package dev.tradehub.bench.report;

import dev.tradehub.bench.endtoend.Throughput;
import dev.tradehub.bench.intake.IntakeLoad;
import dev.tradehub.bench.search.MessageSearchLoad;
import dev.tradehub.bench.translation.TranslationRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a suite run measured, filled part by part (a part that failed leaves its fields empty). */
public final class Results {

    /** One intake level with the CPU the server and the benchmark JVM used meanwhile (in cores). */
    public record IntakeRow(IntakeLoad.Result load, double serverCores, double benchCores, long completedAfter) {
    }

    /** Start and memory figures of one deployed profile. */
    public record ServerFacts(Duration firstStartToReady, Map<String, Duration> steps, Duration restartToReady,
            Duration restartToApi, double idleCores, long idleRss, long loadRssMax, long loadRssEnd) {
    }

    public final Machine machine = Machine.current();
    public final String loadBefore = Machine.loadAverage();
    public String loadAfter;
    public String command;
    public final Map<String, String> settings = new LinkedHashMap<>();
    public List<TranslationRun.Row> translation = List.of();
    public final Map<String, List<IntakeRow>> intake = new LinkedHashMap<>();
    public final Map<String, ServerFacts> servers = new LinkedHashMap<>();
    public final List<Throughput> tradeHubEndToEnd = new ArrayList<>();
    public Throughput naive;
    /** Odoo's own limit on the same emulator: 50 orders per create + confirm, no look-ups. */
    public Throughput batchLimit;
    /** Lone orders into an idle server, send to confirmed, in milliseconds. */
    public List<Long> loneOrderMillis = List.of();
    /** What the Odoo calls of a lone order cost on the emulator's model, in milliseconds. */
    public long loneOrderFloorMillis;
    /** The same lone orders into a server that places each interchange alone (batch size 1, no wait). */
    public List<Long> loneOrderUnbatchedMillis = List.of();
    public final List<String> notes = new ArrayList<>();
    public final List<MessageSearchLoad.Row> search = new ArrayList<>();
    public int searchMessages;
    public Duration total;
}

package dev.tradehub.bench.translation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link TranslationBenchmark} with JMH and pairs TradeHub's figure with raw StAEDI's for each document. */
public final class TranslationRun {

    /** One document: TradeHub's and raw StAEDI's throughput over the same bytes. */
    public record Row(String standard, int lines, int bytes, double tradehubPerSecond, double tradehubError,
            double rawPerSecond, double rawError) {

        public double tradehubMegabytesPerSecond() {
            return tradehubPerSecond * bytes / 1_000_000.0;
        }

        public double rawMegabytesPerSecond() {
            return rawPerSecond * bytes / 1_000_000.0;
        }

        /** TradeHub / raw StAEDI. */
        public double ratio() {
            return tradehubPerSecond / rawPerSecond;
        }
    }

    /** How long JMH measures. */
    public record Plan(int forks, int warmupIterations, long warmupMillis, int iterations, long iterationMillis) {

        /** The full run: one fork, 3 x 2 s warm-up, 5 x 2 s measurement per benchmark. */
        public static Plan full() {
            return new Plan(1, 3, 2000, 5, 2000);
        }

        /** Seconds-long smoke: in-process, one 200 ms iteration. */
        public static Plan quick() {
            return new Plan(0, 0, 100, 1, 200);
        }
    }

    private TranslationRun() {
    }

    /** Runs every parameter combination of both benchmarks. */
    public static List<Row> run(Plan plan) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(TranslationBenchmark.class.getName() + "\\.")
                .forks(plan.forks())
                .warmupIterations(plan.warmupIterations())
                .warmupTime(TimeValue.milliseconds(plan.warmupMillis()))
                .measurementIterations(plan.iterations())
                .measurementTime(TimeValue.milliseconds(plan.iterationMillis()))
                .threads(1)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
        Collection<RunResult> results = new Runner(options.build()).run();
        return rows(results);
    }

    static List<Row> rows(Collection<RunResult> results) {
        Map<String, RunResult[]> byDocument = new LinkedHashMap<>();
        for (RunResult result : results) {
            String standard = result.getParams().getParam("standard");
            String lines = result.getParams().getParam("lines");
            RunResult[] pair = byDocument.computeIfAbsent(standard + "/" + lines, k -> new RunResult[2]);
            pair[result.getParams().getBenchmark().endsWith(".tradehub") ? 0 : 1] = result;
        }
        List<Row> rows = new ArrayList<>();
        byDocument.forEach((key, pair) -> {
            if (pair[0] == null || pair[1] == null) {
                throw new IllegalStateException("Missing a benchmark for " + key);
            }
            String standard = pair[0].getParams().getParam("standard");
            int lines = Integer.parseInt(pair[0].getParams().getParam("lines"));
            rows.add(new Row(standard, lines, TranslationBenchmark.document(standard, lines).length,
                    pair[0].getPrimaryResult().getScore(), error(pair[0]), pair[1].getPrimaryResult().getScore(),
                    error(pair[1])));
        });
        rows.sort(Comparator.comparing(Row::standard).reversed().thenComparingInt(Row::lines));
        return rows;
    }

    private static double error(RunResult result) {
        double error = result.getPrimaryResult().getScoreError();
        return Double.isNaN(error) ? 0 : error;
    }
}

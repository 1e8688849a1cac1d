/**
 * TradeHub's benchmarks: {@link dev.tradehub.bench.BenchmarkSuite} runs every part in sequence and writes
 * {@code docs/benchmarks.md}. Benchmarks are not tests: nothing here asserts a timing.
 */
package dev.tradehub.bench;

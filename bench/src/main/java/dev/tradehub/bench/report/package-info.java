/** The figures of a suite run, the machine they were taken on, and {@code docs/benchmarks.md} written from them. */
package dev.tradehub.bench.report;

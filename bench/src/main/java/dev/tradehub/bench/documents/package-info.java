/**
 * Purchase orders made in code for the benchmarks: X12 850 004010 from partner ACME and EDIFACT ORDERS D96A from
 * partner BETA, of any number of lines, valid against the demo data of {@code docs/contracts.md} (customers,
 * ship-tos, products), with the envelope counts and control numbers right.
 */
package dev.tradehub.bench.documents;

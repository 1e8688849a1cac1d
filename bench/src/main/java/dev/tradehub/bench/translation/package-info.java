/**
 * Translation throughput (JMH): TradeHub's {@code DocumentTranslator} (parse, validate, build the canonical
 * orders) beside a raw StAEDI {@code EDIStreamReader} loop over the same bytes, in the same run, for 850s and
 * ORDERS of 1, 20 and 1,000 lines.
 */
package dev.tradehub.bench.translation;

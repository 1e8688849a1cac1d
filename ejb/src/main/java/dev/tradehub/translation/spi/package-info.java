/**
 * The pieces the X12 and EDIFACT readers share: the reusable {@link dev.tradehub.translation.spi.Segment}
 * view of the segment being streamed, the per-transaction error collector, the canonical order builder with
 * its mandatory-field checks, exact number and date parsing, and the {@link
 * dev.tradehub.translation.spi.StandardSyntax} / {@link dev.tradehub.translation.spi.TransactionMapper}
 * contracts a standard implements.
 *
 * <p>Public only so that the sub-packages {@code x12} and {@code edifact} can use it: other parts of
 * TradeHub code against {@link dev.tradehub.translation.DocumentTranslator} and its result records, not
 * against this package.
 */
package dev.tradehub.translation.spi;

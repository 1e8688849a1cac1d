package dev.tradehub.odoo.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Replays sections 12 to 15, the second capture session (a fresh copy of the template database, README section
 * 12), in that session's order against {@code capture-seed-2.json}: the two high-water marks of section 15 that were
 * read first, then sections 12, 13, 14 and the rest of 15, each section a container of its own. Compared as in
 * {@link TranscriptReplayTest}; files left out are in {@link #SKIPPED} with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondSessionReplayTest {
    static final String BEFORE_12 = "15 (high-water marks, read before 12)";

    /** Replayed, in the order of the session (the README's numbers; JSON-RPC files at their number). */
    static final List<String> REPLAYED = List.of(
            "15-cursor-json2-18-stock-picking-high-water-mark", "15-cursor-json2-23-account-move-high-water-mark",
            "12-change-json2-01-create-order-3-lines", "12-change-json2-02-action-confirm",
            "12-change-json2-03-read-order-after-confirm", "12-change-json2-04-moves-before-changes",
            "12-change-json2-05-write-line-qty-increase", "12-change-json2-06-write-line-qty-decrease",
            "12-change-jsonrpc-07-write-line-qty", "12-change-json2-08-write-line-price-unit",
            "12-change-json2-09-write-add-line", "12-change-json2-10-write-delete-line-refused",
            "12-change-jsonrpc-11-write-delete-line-refused", "12-change-json2-12-write-line-qty-zero",
            "12-change-json2-13-write-commitment-date", "12-change-json2-14-lines-after-changes",
            "12-change-json2-15-order-after-changes", "12-change-json2-16-moves-after-changes",
            "12-change-json2-17-picking-after-changes", "12-change-json2-18-move-write-partial-line1",
            "12-change-json2-19-move-write-partial-added-line", "12-change-json2-20-move-write-picked-line2",
            "12-change-json2-21-button-validate-returns-sms-wizard", "12-change-json2-22-picking-read-after-sms-wizard",
            "12-change-json2-23-button-validate-skip-sms-backorder", "12-change-json2-24-pickings-after-partial-delivery",
            "12-change-json2-25-moves-after-partial-delivery", "12-change-json2-26-lines-qty-delivered",
            "12-change-json2-27-write-qty-below-delivered-refused", "12-change-jsonrpc-28-write-qty-below-delivered-refused",
            "12-change-json2-29-write-qty-decrease-above-delivered", "12-change-json2-30-moves-after-decrease",
            "12-change-json2-31-action-cancel", "12-change-json2-32-order-after-cancel",
            "12-change-json2-33-pickings-after-cancel", "12-change-json2-34-cancelled-write-header",
            "12-change-json2-35-cancelled-write-line-qty", "12-change-json2-36-cancelled-write-add-line",
            "12-change-json2-37-cancelled-write-delete-line", "12-change-json2-38-cancelled-lines-after-writes",
            "12-change-json2-39-cancelled-order-after-writes", "12-change-json2-40-cancelled-order-moves-after-writes",
            "13-batch-json2-01-create-10-orders", "13-batch-json2-02-action-confirm-10-orders",
            "13-batch-json2-03-read-10-orders-after-confirm", "13-batch-json2-04-create-1-order",
            "13-batch-json2-05-action-confirm-1-order", "13-batch-json2-06-create-3-second-bad-product",
            "13-batch-json2-07-search-count-after-failed-create", "13-batch-jsonrpc-08-create-3-second-bad-product",
            "13-batch-json2-09-create-3-drafts", "13-batch-json2-10-action-cancel-second",
            "13-batch-json2-11-action-confirm-3-one-cancelled", "13-batch-jsonrpc-12-action-confirm-3-one-cancelled",
            "13-batch-json2-13-read-states-after-failed-confirm", "13-batch-json2-14-action-confirm-the-two-drafts",
            "14-outbound-json2-01-create-delivery-address", "14-outbound-json2-02-create-order",
            "14-outbound-json2-03-action-confirm", "14-outbound-json2-04-fields-get-sale-order-line-probe",
            "14-outbound-json2-06-fields-get-stock-picking-carrier-probe",
            "14-outbound-json2-07-moves-before-validation", "14-outbound-json2-08-move-write-quantity-unreserved",
            "14-outbound-json2-09-move-write-picked", "14-outbound-json2-10-button-validate-skip-sms",
            "14-outbound-json2-11-invoice-wizard-create", "14-outbound-json2-12-invoice-wizard-create-invoices",
            "14-outbound-json2-13-invoice-action-post", "14-outbound-json2-14-sale-order-read",
            "14-outbound-jsonrpc-15-sale-order-read", "14-outbound-json2-16-sale-order-line-search-read",
            "14-outbound-jsonrpc-17-sale-order-line-search-read", "14-outbound-json2-18-product-read-barcode",
            "14-outbound-json2-19-stock-picking-read", "14-outbound-jsonrpc-20-stock-picking-read",
            "14-outbound-json2-21-stock-move-search-read", "14-outbound-json2-22-account-move-read",
            "14-outbound-json2-23-account-move-line-search-read-all",
            "14-outbound-json2-24-account-move-line-search-read-product-lines",
            "14-outbound-json2-25-shipping-address-read",
            "15-cursor-json2-01-sale-order-high-water-mark", "15-cursor-json2-02-write-3-orders-one-call",
            "15-cursor-json2-03-sale-order-page1", "15-cursor-jsonrpc-04-sale-order-page1",
            "15-cursor-json2-05-sale-order-keyset-page2", "15-cursor-jsonrpc-06-sale-order-keyset-page2",
            "15-cursor-json2-07-sale-order-keyset-page3-empty", "15-cursor-json2-08-write-higher-id-first",
            "15-cursor-json2-09-write-lower-id-same-second", "15-cursor-json2-10-keyset-same-second-page1",
            "15-cursor-json2-11-keyset-same-second-page2-skips-record", "15-cursor-json2-12-same-second-write-date-ge",
            "15-cursor-json2-13-write-x", "15-cursor-json2-14-poll-sees-x", "15-cursor-json2-15-write-y-same-second",
            "15-cursor-json2-16-poll-gt-misses-y", "15-cursor-json2-17-poll-ge-sees-both",
            "15-cursor-json2-19-stock-picking-done-page1", "15-cursor-jsonrpc-20-stock-picking-done-page1",
            "15-cursor-json2-21-stock-picking-done-keyset-page2", "15-cursor-json2-22-stock-picking-done-keyset-page3",
            "15-cursor-json2-24-account-move-posted-page1", "15-cursor-json2-25-account-move-posted-keyset-page2");

    /** Not replayed, with the reason. */
    static final Map<String, String> SKIPPED = Map.of(
            "14-outbound-json2-05-fields-get-stock-picking-all", "fields_get of every stock.picking field lists the"
                    + " fields of modules the emulator does not have (mail followers, messages, activities, returns...);"
                    + " the probe of the names a client needs (14-06) is replayed");

    /**
     * Moments of the capture (UTC) set on the emulator's clock before the file is replayed (see
     * {@link TranscriptReplayTest#MOMENTS}). Section 15 reads with the literal cursors the capture's calls produced, so
     * those calls must fall into the same seconds:
     */
    static final Map<String, String> MOMENTS = Map.ofEntries(
            // any moment after the template's last write (18:41:17, 15-18) and before the first one shown here
            Map.entry("12-change-json2-01-create-order-3-lines", "2026-12-01 19:15:10"),
            // date_done of picking 17 (12-24), then its write_date (15-19): the order's cancellation wrote it again
            Map.entry("12-change-json2-23-button-validate-skip-sms-backorder", "2026-12-01 19:15:20"),
            Map.entry("12-change-json2-31-action-cancel", "2026-12-01 19:15:22"),
            // date_order of order 46 (14-14), date_done of picking 32 and write_date of order 46 (14-19, 15-01),
            // write_date of invoice 57 (15-24)
            Map.entry("14-outbound-json2-03-action-confirm", "2026-12-01 19:15:29"),
            Map.entry("14-outbound-json2-10-button-validate-skip-sms", "2026-12-01 19:15:30"),
            Map.entry("14-outbound-json2-13-invoice-action-post", "2026-12-01 19:15:32"),
            // write_date of orders 26-28 (15-03), of 31 and 30 in one second (15-10, 15-12), of 32 and 33 (15-14, 15-17)
            Map.entry("15-cursor-json2-02-write-3-orders-one-call", "2026-12-01 19:15:34"),
            Map.entry("15-cursor-json2-08-write-higher-id-first", "2026-12-01 19:15:36"),
            Map.entry("15-cursor-json2-13-write-x", "2026-12-01 19:15:37"));

    /** The template's last write (15-18): the moment the seed's own records are written at. */
    private final ReplayClock clock = new ReplayClock("2026-12-01 18:41:17");
    private OdooEmulator emulator;
    private TranscriptReplay replay;

    @BeforeAll
    void start() throws IOException {
        emulator = TranscriptReplay.captureServer("/capture-seed-2.json", clock);
        replay = new TranscriptReplay(emulator, "/transcripts");
    }

    @AfterAll
    void stop() {
        emulator.stop();
    }

    static String section(String name) {
        return name.equals("15-cursor-json2-18-stock-picking-high-water-mark")
                || name.equals("15-cursor-json2-23-account-move-high-water-mark") ? BEFORE_12 : name.substring(0, 2);
    }

    @TestFactory
    Stream<DynamicContainer> replayInCaptureOrder() {
        return TranscriptReplay.bySection(REPLAYED, SecondSessionReplayTest::section, name -> {
            if (MOMENTS.containsKey(name)) {
                clock.set(MOMENTS.get(name));
            }
            replay.replay(name);
        });
    }

    @Test
    void sectionsComeInTheSessionsOrder() {
        List<String> sections = new ArrayList<>();
        for (String name : REPLAYED) {
            String s = section(name);
            if (sections.isEmpty() || !sections.get(sections.size() - 1).equals(s)) {
                sections.add(s);
            }
        }
        assertEquals(List.of(BEFORE_12, "12", "13", "14", "15"), sections);
    }
}

package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * write_date as in Odoo 19 (README section 15): one microsecond timestamp per call, strictly increasing; whole
 * seconds on the wire and in domain comparisons; microsecond order in {@code order}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteDateCursorTest {
    private static final String ORDER = "write_date asc, id asc";

    private OdooEmulator odoo;
    private Rpc rpc;

    @BeforeAll
    void start() {
        odoo = OdooEmulator.builder().port(0).start();
        rpc = new Rpc(odoo);
    }

    @AfterAll
    void stop() {
        odoo.stop();
    }

    private int createOrder(String ref) {
        Object ids = rpc.json2("sale.order", "create", Map.of("vals_list", List.of(Map.of("partner_id", 45,
                "client_order_ref", ref, "order_line", List.of(List.of(0, 0, Map.of("product_id", 6))))))).json();
        return (Integer) ((List<?>) ids).get(0);
    }

    private void touch(int id, String note) {
        assertThat(rpc.json2("sale.order", "write", Map.of("ids", List.of(id), "vals", Map.of("origin", note))).json())
                .isEqualTo(true);
    }

    private List<?> search(List<?> domain) {
        return (List<?>) rpc.json2("sale.order", "search_read", Map.of("domain", domain,
                "fields", List.of("write_date"), "order", ORDER)).json();
    }

    private static String writeDate(Object row) {
        return (String) ((Map<?, ?>) row).get("write_date");
    }

    private static int id(Object row) {
        return (Integer) ((Map<?, ?>) row).get("id");
    }

    /** Writes the higher id, then the lower id, in two calls within one second (retries across a second boundary). */
    private String twoWritesInOneSecond(int lower, int higher) {
        for (int attempt = 0; attempt < 20; attempt++) {
            touch(higher, "first " + attempt);
            touch(lower, "second " + attempt);
            List<?> rows = search(List.of(List.of("id", "in", List.of(lower, higher))));
            if (writeDate(rows.get(0)).equals(writeDate(rows.get(1)))) {
                return writeDate(rows.get(0));
            }
        }
        throw new AssertionError("could not write twice within one second");
    }

    @Test
    void writeDateIsSentInWholeSecondsAndOrderedByMicroseconds() {
        int lower = createOrder("CURSOR-A");
        int higher = createOrder("CURSOR-B");
        String ts = twoWritesInOneSecond(lower, higher);
        assertThat(ts).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        // ">=" sees both, the one written first (the higher id) first: the stored microseconds decide
        List<?> ge = search(List.of(List.of("write_date", ">=", ts), List.of("id", "in", List.of(lower, higher))));
        assertThat(ge).extracting(WriteDateCursorTest::id).containsExactly(higher, lower);
        // "=" matches the whole second
        assertThat(search(List.of(List.of("write_date", "=", ts), List.of("id", "in", List.of(lower, higher))))).hasSize(2);
        // ">" means ">= ts + 1 s": neither
        assertThat(search(List.of(List.of("write_date", ">", ts), List.of("id", "in", List.of(lower, higher))))).isEmpty();
        // the keyset continuation after (ts, higher) loses the lower id, as in 15-cursor-json2-11
        List<?> keyset = List.of("|", List.of("write_date", ">", ts), "&", List.of("write_date", "=", ts),
                List.of("id", ">", higher));
        assertThat(search(keyset)).extracting(WriteDateCursorTest::id).doesNotContain(lower, higher);
    }

    @Test
    void recordsWrittenInOneCallShareOneWriteDateAndIdBreaksTheTie() {
        int a = createOrder("CURSOR-C");
        int b = createOrder("CURSOR-D");
        assertThat(rpc.json2("sale.order", "write", Map.of("ids", List.of(b, a), "vals", Map.of("origin", "both"))).json())
                .isEqualTo(true);
        List<?> rows = search(List.of(List.of("id", "in", List.of(a, b))));
        assertThat(writeDate(rows.get(0))).isEqualTo(writeDate(rows.get(1)));
        assertThat(rows).extracting(WriteDateCursorTest::id).containsExactly(a, b);
    }
}

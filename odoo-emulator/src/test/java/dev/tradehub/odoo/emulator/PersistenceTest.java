package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data dir keeps the database across a stop, a crash and a {@code kill -9}, like a real Odoo: orders (ids,
 * names, states, lines, deliveries), partners and write dates come back as they were, and numbering goes on.
 */
class PersistenceTest {
    /** Everything the API shows of these models is compared across a restart (write dates and floats included). */
    private static final List<String> COMPARED_MODELS = List.of("res.partner", "sale.order", "sale.order.line",
            "stock.picking", "stock.move", "stock.move.line");
    private static final String JOURNAL = "journal.jsonl";
    private static final String SNAPSHOT = "snapshot.json";

    @TempDir
    Path dir;

    private static OdooEmulator start(Path dataDir) {
        return OdooEmulator.builder().port(0).dataDir(dataDir).start();
    }

    @Test
    void ordersPartnersAndDeliveriesSurviveAStopAndStart() {
        List<SaleOrderView> before;
        String apiBefore;
        try (OdooEmulator first = start(dir)) {
            Rpc rpc = new Rpc(first);
            int customer = created(rpc.json2("res.partner", "create", Map.of("vals_list", Map.of("name", "Gamma Retail",
                    "is_company", true, "ref", "CUST-0003", "child_ids",
                    List.of(List.of(0, 0, Map.of("name", "Gamma Depot", "type", "delivery")))))));
            int confirmed = order(rpc, customer, "PO-KEEP-1", line(6, 3), line(49, 2, Map.of("product_uom_id", 2, "price_unit", 70.0)));
            assertThat(rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(confirmed))).status()).isEqualTo(200);
            int draft = order(rpc, 47, "PO-KEEP-2", line(8, 1), line(21, 4));
            int cancelled = order(rpc, 45, "PO-KEEP-3", line(26, 1));
            assertThat(rpc.json2("sale.order", "action_cancel", Map.of("ids", List.of(cancelled))).status()).isEqualTo(200);
            // a deleted line, and a seed record changed: neither may come back from the seed
            int removedLine = first.saleOrders().stream().filter(o -> o.id() == draft).findFirst().orElseThrow().lines().get(1).id();
            assertThat(rpc.json2("sale.order", "write", Map.of("ids", List.of(draft),
                    "vals", Map.of("order_line", List.of(List.of(2, removedLine))))).status()).isEqualTo(200);
            assertThat(rpc.json2("res.partner", "write", Map.of("ids", List.of(45), "vals", Map.of("phone", "+1 312 555 0100")))
                    .status()).isEqualTo(200);
            before = first.saleOrders();
            apiBefore = apiView(rpc);
        }
        assertThat(before).hasSize(3);
        assertThat(before.get(0).pickingIds()).hasSize(1);
        assertThat(before.get(1).lines()).hasSize(1);

        try (OdooEmulator second = start(dir)) {
            Rpc rpc = new Rpc(second);
            assertThat(second.saleOrders()).isEqualTo(before);
            assertThat(apiView(rpc)).isEqualTo(apiBefore);
            assertThat(rpc.json2("res.partner", "read", Map.of("ids", List.of(45), "fields", List.of("phone"))).text())
                    .contains("+1 312 555 0100");

            SaleOrderView last = before.get(before.size() - 1);
            int next = order(rpc, 45, "PO-KEEP-4", line(6, 1));
            assertThat(rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(next))).status()).isEqualTo(200);
            SaleOrderView created = second.saleOrders().get(before.size());
            assertThat(created.id()).isEqualTo(last.id() + 1);
            assertThat(number(created.name())).isEqualTo(number(last.name()) + 1);
            assertThat(created.pickingIds()).containsExactly(before.get(0).pickingIds().get(0) + 1);
            assertThat(pickingNames(rpc)).hasSize(2).satisfies(names ->
                    assertThat(number(names.get(1))).isEqualTo(number(names.get(0)) + 1));
        }
    }

    @Test
    void failedAndReadOnlyCallsLeaveNoTrace() throws IOException {
        SaleOrderView kept;
        try (OdooEmulator odoo = start(dir)) {
            Rpc rpc = new Rpc(odoo);
            order(rpc, 45, "PO-TRACE-1", line(6, 2));
            kept = odoo.saleOrders().get(0);
            byte[] journal = Files.readAllBytes(dir.resolve(JOURNAL));

            Rpc.Reply noName = rpc.json2("res.partner", "create", Map.of("vals_list",
                    List.of(Map.of("name", "Trace One", "ref", "TRACE-A"), Map.of("ref", "TRACE-B"))));
            assertThat(noName.status()).isEqualTo(422);
            assertThat(noName.text()).contains("odoo.exceptions.ValidationError");
            Rpc.Reply badLine = rpc.json2("sale.order", "create", Map.of("vals_list", List.of(
                    orderValues(45, "PO-TRACE-GOOD", line(6, 1)), orderValues(45, "PO-TRACE-BAD", line(6, 1, Map.of("product_uom", 1))))));
            assertThat(badLine.status()).isEqualTo(500);
            odoo.faults().rejectOrders("PO-TRACE-REJECT", "Odoo says no");
            assertThat(rpc.json2("sale.order", "create", Map.of("vals_list", orderValues(45, "PO-TRACE-REJECT", line(6, 1))))
                    .status()).isEqualTo(422);
            assertThat(rpc.json2("sale.order", "search_read", Map.of("domain", List.of(), "fields", List.of("name"))).status())
                    .isEqualTo(200);
            assertThat(rpc.json2("res.partner", "search_count", Map.of("domain", List.of())).status()).isEqualTo(200);
            assertThat(odoo.saleOrders()).containsExactly(kept);

            assertThat(Files.readAllBytes(dir.resolve(JOURNAL))).isEqualTo(journal);
        }
        try (OdooEmulator odoo = start(dir)) {
            Rpc rpc = new Rpc(odoo);
            assertThat(odoo.saleOrders()).containsExactly(kept);
            assertThat(rpc.json2("res.partner", "search_count", Map.of("domain",
                    List.of(List.of("ref", "in", List.of("TRACE-A", "TRACE-B"))))).json()).isEqualTo(0);
            // the failed calls consumed neither ids nor names
            order(rpc, 45, "PO-TRACE-2", line(6, 1));
            SaleOrderView next = odoo.saleOrders().get(1);
            assertThat(next.id()).isEqualTo(kept.id() + 1);
            assertThat(number(next.name())).isEqualTo(number(kept.name()) + 1);
        }
    }

    @Test
    void aTornLastJournalLineIsIgnored() throws IOException {
        SaleOrderView kept;
        try (OdooEmulator odoo = start(dir)) {
            Rpc rpc = new Rpc(odoo);
            order(rpc, 45, "PO-TORN-1", line(6, 2));
            order(rpc, 47, "PO-TORN-2", line(8, 1));
            kept = odoo.saleOrders().get(0);
        }
        // a kill in the middle of writing the second call's line
        String journal = Files.readString(dir.resolve(JOURNAL));
        int lastLine = journal.lastIndexOf('\n', journal.length() - 2) + 1;
        Files.writeString(dir.resolve(JOURNAL), journal.substring(0, lastLine + (journal.length() - lastLine) / 2));

        try (OdooEmulator odoo = start(dir)) {
            assertThat(odoo.saleOrders()).containsExactly(kept);
            assertThat(dir.resolve(JOURNAL)).isEmptyFile();
            order(new Rpc(odoo), 47, "PO-TORN-2", line(8, 1));
            SaleOrderView again = odoo.saleOrders().get(1);
            assertThat(again.id()).isEqualTo(kept.id() + 1);
            assertThat(number(again.name())).isEqualTo(number(kept.name()) + 1);
        }
    }

    @Test
    void aDamagedLineWithMoreAfterItStopsTheStartInsteadOfDroppingCalls() throws IOException {
        try (OdooEmulator odoo = start(dir)) {
            order(new Rpc(odoo), 45, "PO-DAMAGED-1", line(6, 2));
        }
        String journal = Files.readString(dir.resolve(JOURNAL));
        Files.writeString(dir.resolve(JOURNAL), "{\"rows\": {\"sale.ord\n" + journal);
        assertThatThrownBy(() -> start(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1 is damaged");
    }

    @Test
    void anAbandonedEmulatorLosesNothingThatWasAnswered() {
        OdooEmulator crashed = start(dir);
        try {
            Rpc rpc = new Rpc(crashed);
            int confirmed = order(rpc, 45, "PO-CRASH-1", line(6, 1), line(34, 2));
            rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(confirmed)));
            order(rpc, 47, "PO-CRASH-2", line(49, 12));
            List<SaleOrderView> answered = crashed.saleOrders();
            String apiAnswered = apiView(rpc);
            // no stop(): the second one finds the folder as a kill would leave it
            try (OdooEmulator restarted = start(dir)) {
                assertThat(restarted.port()).isNotEqualTo(crashed.port());
                assertThat(restarted.saleOrders()).isEqualTo(answered);
                assertThat(apiView(new Rpc(restarted))).isEqualTo(apiAnswered);
            }
        } finally {
            crashed.stop();
        }
    }

    @Test
    void aJvmKilledWithSigkillLosesNothingThatWasAnswered(@TempDir Path logs) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OdooEmulatorMain.class.getName(),
                "--port", "0", "--data-dir", dir.toString())
                .redirectError(logs.resolve("emulator.log").toFile()).start();
        String apiAnswered;
        try {
            Rpc rpc = new Rpc(urlPrintedBy(child), "emulator-api-key", "odoo");
            int confirmed = order(rpc, 45, "PO-KILL-1", line(6, 5), line(49, 1, Map.of("product_uom_id", 2)));
            assertThat(rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(confirmed))).status()).isEqualTo(200);
            order(rpc, 47, "PO-KILL-2", line(21, 3));
            apiAnswered = apiView(rpc);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL: no shutdown hook ran
        try (OdooEmulator restarted = start(dir)) {
            assertThat(apiView(new Rpc(restarted))).isEqualTo(apiAnswered);
            assertThat(restarted.saleOrders()).extracting(SaleOrderView::clientOrderRef).containsExactly("PO-KILL-1", "PO-KILL-2");
        }
    }

    private static String urlPrintedBy(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.trim().startsWith("url:")) {
                        return l.substring(l.indexOf("http"));
                    }
                }
                throw new IllegalStateException("the emulator ended without printing its url");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(60, TimeUnit.SECONDS);
    }

    @Test
    void resetStartsFromTheSeedAfterARestartToo() {
        SaleOrderView first;
        try (OdooEmulator odoo = start(dir)) {
            order(new Rpc(odoo), 45, "PO-RESET-1", line(6, 1));
            first = odoo.saleOrders().get(0);
            odoo.reset();
            assertThat(odoo.saleOrders()).isEmpty();
        }
        SaleOrderView afterReset;
        try (OdooEmulator odoo = start(dir)) {
            assertThat(odoo.saleOrders()).isEmpty();
            order(new Rpc(odoo), 47, "PO-RESET-2", line(8, 2));
            afterReset = odoo.saleOrders().get(0);
            // numbering starts again where the seed has it
            assertThat(afterReset.id()).isEqualTo(first.id());
            assertThat(afterReset.name()).isEqualTo(first.name());
        }
        try (OdooEmulator odoo = start(dir)) {
            assertThat(odoo.saleOrders()).containsExactly(afterReset);
        }
    }

    @Test
    void concurrentCallsAreJournaledInCommitOrder() throws Exception {
        OdooEmulator crashed = OdooEmulator.builder().port(0).threads(8).dataDir(dir).start();
        try {
            Rpc rpc = new Rpc(crashed);
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<Integer>> orders = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String ref = "PO-PAR-" + i;
                orders.add(clients.submit(() -> {
                    int id = order(rpc, 47, ref, line(26, 1), line(49, 2, Map.of("product_uom_id", 2)));
                    assertThat(rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(id))).status()).isEqualTo(200);
                    return id;
                }));
            }
            for (Future<Integer> f : orders) {
                f.get();
            }
            clients.shutdown();
            List<SaleOrderView> answered = crashed.saleOrders();
            String apiAnswered = apiView(rpc);
            try (OdooEmulator restarted = start(dir)) {
                assertThat(restarted.saleOrders()).hasSize(80).isEqualTo(answered);
                assertThat(apiView(new Rpc(restarted))).isEqualTo(apiAnswered);
            }
        } finally {
            crashed.stop();
        }
    }

    @Test
    void withoutADataDirNothingIsWritten() {
        try (OdooEmulator odoo = OdooEmulator.builder().port(0).start()) {
            order(new Rpc(odoo), 45, "PO-MEMORY-1", line(6, 1));
            assertThat(odoo.dataDir()).isEmpty();
        }
        assertThat(dir).isEmptyDirectory();
        try (OdooEmulator odoo = start(dir)) {
            assertThat(odoo.dataDir()).contains(dir);
            assertThat(dir.resolve(SNAPSHOT)).isNotEmptyFile();
            assertThat(dir.resolve(JOURNAL)).isEmptyFile();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> line(int product, double quantity) {
        return line(product, quantity, Map.of());
    }

    private static Map<String, Object> line(int product, double quantity, Map<String, Object> more) {
        Map<String, Object> values = new LinkedHashMap<>(more);
        values.put("product_id", product);
        values.put("product_uom_qty", quantity);
        return values;
    }

    @SafeVarargs
    private static Map<String, Object> orderValues(int partner, String ref, Map<String, Object>... lines) {
        List<Object> commands = new ArrayList<>();
        for (Map<String, Object> l : lines) {
            commands.add(List.of(0, 0, l));
        }
        return Map.of("partner_id", partner, "client_order_ref", ref, "order_line", commands);
    }

    /** Creates an order through JSON-2 and returns its id. */
    @SafeVarargs
    private static int order(Rpc rpc, int partner, String ref, Map<String, Object>... lines) {
        return created(rpc.json2("sale.order", "create", Map.of("vals_list", orderValues(partner, ref, lines))));
    }

    private static int created(Rpc.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return (Integer) ((List<?>) reply.json()).get(0);
    }

    /** Every field of every record of {@link #COMPARED_MODELS}, as the API answers it. */
    private static String apiView(Rpc rpc) {
        StringBuilder sb = new StringBuilder();
        for (String model : COMPARED_MODELS) {
            Rpc.Reply r = rpc.json2(model, "search_read", Map.of("domain", List.of(), "order", "id",
                    "context", Map.of("active_test", false)));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            sb.append(model).append(": ").append(r.text()).append('\n');
        }
        return sb.toString();
    }

    private static List<String> pickingNames(Rpc rpc) {
        List<String> names = new ArrayList<>();
        for (Object p : (List<?>) rpc.json2("stock.picking", "search_read", Map.of("domain", List.of(), "fields", List.of("name"),
                "order", "id")).json()) {
            names.add((String) ((Map<?, ?>) p).get("name"));
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** The number of a sequence name: 27 for S00027, 12 for WH/OUT/00012. */
    private static int number(String name) {
        return Integer.parseInt(name.replaceAll("^\\D+", ""));
    }
}

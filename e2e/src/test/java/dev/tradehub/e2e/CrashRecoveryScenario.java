package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.emulator.SaleOrderView;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The crash proof: thousands of documents (valid orders, re-sends, re-enveloped duplicates, invalid ones), the
 * server killed with SIGKILL while it processes them, started again; then every acknowledged document must be in
 * exactly one terminal state, Odoo must hold exactly one order per valid purchase order, and every message exactly
 * one acknowledgement (the partner's profile acknowledges duplicates too). Meanwhile the partner drops files into its
 * watched folder, through the kill and while the server is down: each must be taken in exactly once.
 */
final class CrashRecoveryScenario {

    /** Files the partner drops into its watched folder during the run. */
    private static final int FILES = 200;
    private static final Logger LOG = Logger.getLogger(CrashRecoveryScenario.class.getName());

    private CrashRecoveryScenario() {
    }

    static void run(DeployedTradeHub tradeHub, String prefix, int documents) {
        // Odoo's cost model (one worker, a cost per call and per order) at a fifth of a real Odoo's figures: the
        // shape of a real one, batches included, in a suite that must fit in CI.
        tradeHub.odoo().costModel().odoo19().scale(0.2);
        List<byte[]> batch = new ArrayList<>();
        Set<String> validPurchaseOrders = new HashSet<>();
        int icn = 100_000;
        for (int i = 0; batch.size() < documents; i++) {
            int kind = i % 10;
            String po = prefix + "-" + i;
            if (kind < 7) {
                batch.add(X12Documents.interchange("ACMEEDI", Integer.toString(++icn),
                        new X12Documents.Order(po, "DC042", List.of("2*EA*450*VN*FURN_7800", "1*CA*90*BP*ACM-LAMP-01"))));
                validPurchaseOrders.add(po);
            } else if (kind == 7 && !batch.isEmpty()) {
                batch.add(batch.get(batch.size() - 1)); // an exact re-send
            } else if (kind == 8) {
                // the previous interchange again, re-enveloped by the partner (other bytes, same control number)
                batch.add(new String(batch.get(batch.size() - 1), StandardCharsets.US_ASCII).replace("~\n", "~\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            } else {
                batch.add(X12Documents.interchange("ACMEEDI", Integer.toString(++icn),
                        new X12Documents.Order(po, "DC042", List.of("1*EA*1*BP*UNKNOWN-" + i)))); // MAPPING
            }
        }

        Path inbound = Path.of("target/e2e/" + prefix + "-folder").toAbsolutePath();
        DeployedTradeHub.deleteRecursively(inbound);
        TradeHubApi.Answer profile = tradeHub.api().put("/api/v1/partners/ACME", AcmeProfile.withFolders(inbound, null));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i < FILES; i++) {
            String po = prefix + "-F" + i;
            files.put(po.toLowerCase(java.util.Locale.ROOT) + ".x12", X12Documents.interchange("ACMEEDI",
                    Integer.toString(500_000 + i), new X12Documents.Order(po, "DC042", List.of("1*EA*450*VN*FURN_7800"))));
            validPurchaseOrders.add(po);
        }
        Thread fileWriter = new Thread(() -> dropFiles(inbound, files));

        long begin = System.nanoTime();
        fileWriter.start();
        Thread killer = new Thread(() -> {
            TradeHubApi.sleep(Duration.ofSeconds(8).toMillis());
            LOG.info("SIGKILL of the server while it processes");
            tradeHub.server().kill();
        });
        killer.start();
        LoadClients.Result first = LoadClients.send(tradeHub.api(), batch, 8);
        join(killer);
        tradeHub.restartAfterCrash();
        join(fileWriter);
        // What the crash cut off is sent again, as a partner's retrying client would.
        List<byte[]> unacknowledged = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!first.acknowledged().containsKey(i)) {
                unacknowledged.add(batch.get(i));
            }
        }
        LoadClients.Result second = LoadClients.send(tradeHub.api(), unacknowledged, 8);
        assertThat(first.serverErrors() + second.serverErrors()).as("HTTP 5xx answers").isZero();
        assertThat(second.unanswered()).isZero();

        Set<String> ids = new HashSet<>(first.acknowledged().values());
        ids.addAll(second.acknowledged().values());
        Map<String, Integer> statuses = new HashMap<>();
        int requeued = 0;
        Map<Integer, Integer> acknowledgementsPerMessage = new HashMap<>();
        for (String id : ids) {
            JsonObject message = tradeHub.api().awaitTerminal(id, Duration.ofMinutes(5));
            statuses.merge(message.getString("status"), 1, Integer::sum);
            acknowledgementsPerMessage.merge(message.getJsonArray("answeredBy").size(), 1, Integer::sum);
            if (message.getJsonArray("timeline").stream()
                    .anyMatch(event -> "REQUEUED".equals(event.asJsonObject().getString("event")))) {
                requeued++;
            }
        }
        int requeuedBySweeper = requeued;
        Set<String> filesLeft = awaitFilesTaken(inbound, Duration.ofMinutes(3));
        Map<String, Integer> messagesPerFile = new HashMap<>();
        for (String fileName : files.keySet()) {
            String po = fileName.substring(0, fileName.length() - ".x12".length()).toUpperCase(java.util.Locale.ROOT);
            JsonObject page = tradeHub.api().get("/api/v1/messages?poNumber=" + po + "&direction=INBOUND").json();
            messagesPerFile.merge(fileName, page.getInt("total"), Integer::sum);
            page.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(item -> tradeHub.api().awaitTerminal(item.getString("id"), Duration.ofMinutes(5)));
        }
        Duration drained = Duration.ofNanos(System.nanoTime() - begin);

        Map<String, Long> orders = tradeHub.odoo().saleOrders().stream()
                .filter(order -> order.clientOrderRef() != null && order.clientOrderRef().startsWith(prefix + "-"))
                .collect(Collectors.groupingBy(SaleOrderView::clientOrderRef, Collectors.counting()));
        Set<String> duplicated = orders.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(validPurchaseOrders);
        missing.removeAll(orders.keySet());
        Set<String> unexpected = new HashSet<>(orders.keySet());
        unexpected.removeAll(validPurchaseOrders);
        LOG.info(() -> "crash run " + prefix + ": " + batch.size() + " documents, " + first.acknowledged().size()
                + " acknowledged before the kill (" + first.unanswered() + " cut off), " + second.acknowledged().size()
                + " after; " + ids.size() + " messages " + statuses + "; " + orders.size() + " orders for "
                + validPurchaseOrders.size() + " valid POs; missing " + missing.size() + ", duplicated "
                + duplicated.size() + "; drained in " + drained.toSeconds() + " s; " + requeuedBySweeper
                + " re-queued by the lost-message sweeper; messages by number of acknowledgements "
                + acknowledgementsPerMessage + "; " + files.size() + " files dropped, left in the folder " + filesLeft);
        assertThat(filesLeft).as("files not taken in from the watched folder").isEmpty();
        assertThat(inbound.resolve("error")).as("files put aside as unreadable").doesNotExist();
        try (java.util.stream.Stream<Path> done = Files.list(inbound.resolve("done"))) {
            assertThat(done.map(path -> path.getFileName().toString()))
                    .as("files moved to done, each once").containsExactlyInAnyOrderElementsOf(files.keySet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(messagesPerFile).as("messages per dropped file").allSatisfy((file, count) -> assertThat(count).isOne());
        assertThat(acknowledgementsPerMessage).as("messages by their number of acknowledgements (997)")
                .containsOnlyKeys(1);
        assertThat(duplicated).as("purchase orders with more than one Odoo order").isEmpty();
        assertThat(missing).as("valid purchase orders without an Odoo order").isEmpty();
        assertThat(unexpected).as("Odoo orders for invalid documents").isEmpty();
        assertThat(orders.values()).allMatch(count -> count == 1);
        assertThat(tradeHub.odoo().saleOrders()).filteredOn(order -> validPurchaseOrders.contains(order.clientOrderRef()))
                .allSatisfy(order -> assertThat(order.state()).isEqualTo("sale"));
        assertOneOrderResponseEach(tradeHub.api(), validPurchaseOrders);
    }

    /**
     * Change capture ran through the crash too: each confirmed order gets exactly one 855, none is skipped, none is
     * sent twice (counted both in the message log and on each order's timeline).
     */
    private static void assertOneOrderResponseEach(TradeHubApi api, Set<String> purchaseOrders) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int sent = 0;
        while (System.nanoTime() < deadline) {
            sent = api.get("/api/v1/messages?partner=ACME&direction=OUTBOUND&docType=855&size=1").json()
                    .getInt("total");
            if (sent >= purchaseOrders.size()) {
                break;
            }
            TradeHubApi.sleep(1000);
        }
        TradeHubApi.sleep(6000); // a poll more: a doubled document would show now
        sent = api.get("/api/v1/messages?partner=ACME&direction=OUTBOUND&docType=855&size=1").json().getInt("total");
        int orders = purchaseOrders.size();
        LOG.info(() -> "order responses after the crash: " + orders + " confirmed orders; "
                + api.get("/api/v1/change-capture").body());
        assertThat(sent).as("855s sent for " + orders + " confirmed orders").isEqualTo(orders);
        for (String po : purchaseOrders) {
            JsonObject timeline = api.get("/api/v1/orders?partner=ACME&poNumber=" + po).json().getJsonArray("items")
                    .getJsonObject(0);
            assertThat(timeline.getJsonArray("documents").getValuesAs(JsonObject.class))
                    .as("the documents of " + po).singleElement().satisfies(document -> {
                        assertThat(document.getString("kind")).isEqualTo("ORDER_RESPONSE");
                        assertThat(document.getString("state")).isEqualTo("ISSUED");
                    });
        }
    }

    /**
     * The partner's system writing files, one every 60 ms, through the kill and the restart: every other one under a
     * temporary name then renamed, the others written in place (complete only once they stop growing).
     */
    private static void dropFiles(Path inbound, Map<String, byte[]> files) {
        try {
            Files.createDirectories(inbound);
            int i = 0;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (i++ % 2 == 0) {
                    Path temporary = inbound.resolve(file.getKey() + ".part");
                    Files.write(temporary, file.getValue());
                    Files.move(temporary, inbound.resolve(file.getKey()));
                } else {
                    Files.write(inbound.resolve(file.getKey()), file.getValue());
                }
                TradeHubApi.sleep(60);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The files still in the watched folder once it emptied or the time is up. */
    private static Set<String> awaitFilesTaken(Path inbound, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Set<String> left;
            try (java.util.stream.Stream<Path> listed = Files.list(inbound)) {
                left = listed.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                        .collect(Collectors.toSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (left.isEmpty() || System.nanoTime() > deadline) {
                return left;
            }
            TradeHubApi.sleep(1000);
        }
    }

    /** Waits for a helper thread of a scenario (the killer). */
    static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

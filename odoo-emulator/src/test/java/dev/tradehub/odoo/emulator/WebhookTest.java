package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.odoo.emulator.orm.Json;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Automation-rule webhooks on the default seed (metadata made by the emulator): sent once after commit, never for a
 * failed call, not for writes outside the trigger fields, and a listener that does not answer within 1 s neither
 * delays the RPC answer nor stops later webhooks. The capture's three webhooks are checked by the replay of section
 * 10 ({@link TranscriptReplayTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookTest {
    private OdooEmulator odoo;
    private Rpc rpc;
    private WebhookListener listener;

    @BeforeAll
    void start() {
        odoo = OdooEmulator.builder().port(0).start();
        rpc = new Rpc(odoo);
        listener = new WebhookListener();
        int model = id(search("ir.model", List.of(List.of("model", "=", "res.partner"))));
        List<?> fields = (List<?>) rpc.json2("ir.model.fields", "search", Map.of("domain", List.of(
                List.of("model", "=", "res.partner"), List.of("name", "in", List.of("street", "ref"))))).json();
        Object created = rpc.json2("base.automation", "create", Map.of("vals_list", List.of(Map.of(
                "name", "partner hook", "model_id", model, "trigger", "on_create_or_write",
                "filter_domain", "[('ref', '=like', 'HOOK-%')]", "trigger_field_ids", List.of(List.of(6, 0, fields)),
                "action_server_ids", List.of(List.of(0, 0, Map.of("name", "POST partner", "model_id", model,
                        "state", "webhook", "webhook_url", "http://" + listener.hostPort() + "/hook",
                        "webhook_field_ids", List.of(List.of(6, 0, fields))))))))).json();
        assertThat(created).isInstanceOf(List.class);
    }

    @AfterAll
    void stop() {
        odoo.stop();
        listener.close();
    }

    private List<?> search(String model, List<?> domain) {
        return (List<?>) rpc.json2(model, "search_read", Map.of("domain", domain, "fields", List.of("id"))).json();
    }

    private static int id(List<?> rows) {
        return (Integer) ((Map<?, ?>) rows.get(0)).get("id");
    }

    private int createPartner(String ref) {
        Rpc.Reply r = rpc.json2("res.partner", "create", Map.of("vals_list", List.of(Map.of("name", "Hook " + ref, "ref", ref))));
        return (Integer) ((List<?>) r.json()).get(0);
    }

    private void drain() {
        while (listener.next(Duration.ofMillis(300)) != null) {
            // earlier tests' webhooks
        }
    }

    @Test
    void createAndTrackedWriteSendOnePostEachWithTheFieldsAndHeaders() {
        drain();
        int id = createPartner("HOOK-1");
        WebhookListener.Received created = listener.next(Duration.ofSeconds(5));
        assertThat(created).isNotNull();
        assertThat(created.path()).isEqualTo("/hook");
        assertThat(created.header("Content-Type")).isEqualTo("application/json");
        assertThat(created.header("User-Agent")).startsWith("python-requests/");
        assertThat(created.header("Content-Length")).isEqualTo(String.valueOf(created.body().length()));
        assertThat(created.body()).isEqualTo("{\"_action\": \"POST partner(#" + actionId() + ")\", \"_id\": " + id
                + ", \"_model\": \"res.partner\", \"id\": " + id + ", \"ref\": \"HOOK-1\", \"street\": false}");

        rpc.json2("res.partner", "write", Map.of("ids", List.of(id), "vals", Map.of("street", "1 Hook Road")));
        WebhookListener.Received written = listener.next(Duration.ofSeconds(5));
        assertThat(written).isNotNull();
        assertThat(((Map<?, ?>) Json.parse(written.body())).get("street")).isEqualTo("1 Hook Road");

        // a field outside trigger_field_ids, a value written again unchanged, a partner outside the filter: nothing
        rpc.json2("res.partner", "write", Map.of("ids", List.of(id), "vals", Map.of("phone", "+1 555 0100")));
        rpc.json2("res.partner", "write", Map.of("ids", List.of(id), "vals", Map.of("street", "1 Hook Road")));
        createPartner("OTHER-1");
        assertThat(listener.next(Duration.ofMillis(1500))).isNull();
    }

    @Test
    void aFailedCallSendsNothing() {
        drain();
        Rpc.Reply r = rpc.json2("res.partner", "create", Map.of("vals_list",
                List.of(Map.of("name", "Hook ok", "ref", "HOOK-2"), Map.of("ref", "HOOK-3"))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(listener.next(Duration.ofMillis(1500))).isNull();
    }

    @Test
    void aListenerThatDoesNotAnswerWithinOneSecondDelaysNothing() {
        drain();
        listener.delay(Duration.ofSeconds(3));
        try {
            long start = System.nanoTime();
            createPartner("HOOK-SLOW-1");
            createPartner("HOOK-SLOW-2");
            long millis = (System.nanoTime() - start) / 1_000_000;
            // sent from the call, each would have waited for the 1 s timeout
            assertThat(millis).as("two creates answered while the listener hangs").isLessThan(1500);
            // both were sent: the second after the emulator gave up on the first (1 s timeout, no retry)
            assertThat(listener.next(Duration.ofSeconds(5))).isNotNull();
            WebhookListener.Received second = listener.next(Duration.ofSeconds(5));
            assertThat(second).isNotNull();
            assertThat(second.body()).contains("HOOK-SLOW-2");
            assertThat(listener.next(Duration.ofMillis(1500))).as("no retry").isNull();
        } finally {
            listener.delay(Duration.ZERO);
        }
        assertThat(rpc.json2("res.partner", "search_count", Map.of("domain", List.of(List.of("ref", "like", "HOOK-SLOW"))))
                .json()).isEqualTo(2);
    }

    @Test
    void anOnStateSetRuleFiresOnTheTransitionOnlyWithTheMinimalPayload() {
        drain();
        for (String[] v : new String[][] {{"account.move", "posted"}, {"stock.picking", "done"}, {"sale.order", "cancel"}}) {
            assertThat(search("ir.model.fields.selection", List.of(List.of("field_id.model", "=", v[0]),
                    List.of("field_id.name", "=", "state"), List.of("value", "=", v[1])))).as(v[0]).hasSize(1);
        }
        int model = id(search("ir.model", List.of(List.of("model", "=", "sale.order"))));
        int sale = id(search("ir.model.fields.selection", List.of(List.of("field_id.model", "=", "sale.order"),
                List.of("field_id.name", "=", "state"), List.of("value", "=", "sale"))));
        Map<String, Object> action = Map.of("name", "POST order", "model_id", model, "state", "webhook",
                "webhook_url", "http://" + listener.hostPort() + "/order?secret=s");
        Map<String, Object> vals = Map.of("name", "order confirmed", "model_id", model, "trigger", "on_state_set",
                "trg_selection_field_id", sale, "action_server_ids", List.of(List.of(0, 0, action)));
        List<?> created = (List<?>) rpc.json2("base.automation", "create", Map.of("vals_list", List.of(vals))).json();
        int rule = (Integer) created.get(0);
        List<?> rows = (List<?>) rpc.json2("base.automation", "read", Map.of("ids", List.of(rule),
                "fields", List.of("filter_domain", "trigger_field_ids", "model_name"))).json();
        Map<?, ?> read = (Map<?, ?>) rows.get(0);
        assertThat(read.get("filter_domain")).isEqualTo("[('state', '=', 'sale')]");
        assertThat((List<?>) read.get("trigger_field_ids")).hasSize(1);
        assertThat(read.get("model_name")).isEqualTo("sale.order");
        try {
            Object ids = rpc.json2("sale.order", "create", Map.of("vals_list", List.of(Map.of("partner_id", 45,
                    "order_line", List.of(List.of(0, 0, Map.of("product_id", 6))))))).json();
            int order = (Integer) ((List<?>) ids).get(0);
            assertThat(listener.next(Duration.ofMillis(1000))).as("no webhook for a draft").isNull();
            rpc.json2("sale.order", "action_confirm", Map.of("ids", List.of(order)));
            WebhookListener.Received got = listener.next(Duration.ofSeconds(5));
            assertThat(got).isNotNull();
            assertThat(got.path()).isEqualTo("/order");
            assertThat(got.body()).isEqualTo("{\"_action\": \"POST order(#" + (actionId("POST order")) + ")\", \"_id\": "
                    + order + ", \"_model\": \"sale.order\"}");
            rpc.json2("sale.order", "write", Map.of("ids", List.of(order), "vals", Map.of("client_order_ref", "again")));
            assertThat(listener.next(Duration.ofMillis(1000))).as("state did not change").isNull();
        } finally {
            rpc.json2("base.automation", "write", Map.of("ids", List.of(rule), "vals", Map.of("active", false)));
        }
    }

    private int actionId() {
        return actionId("POST partner");
    }

    private int actionId(String name) {
        return id((List<?>) rpc.json2("ir.actions.server", "search_read", Map.of("domain",
                List.of(List.of("name", "=", name)), "fields", List.of("id"))).json());
    }
}

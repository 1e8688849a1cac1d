package dev.tradehub.odoo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The default seed holds the demo data of docs/contracts.md with those exact ids, refs, barcodes and codes. */
class DefaultSeedTest {
    @Test
    void demoDataOfTheContracts() {
        try (OdooEmulator odoo = OdooEmulator.builder().port(0).start()) {
            Rpc rpc = new Rpc(odoo);
            List<String> fields = List.of("id", "name", "ref", "type", "parent_id", "city", "zip", "country_id", "state_id");
            String partners = rpc.json2("res.partner", "search_read", Map.of("domain", List.of(List.of("id", "in", List.of(45, 46, 47, 48))),
                    "fields", fields, "order", "id")).text();
            assertThat(partners).contains("{\"id\": 45, \"name\": \"Acme Integration Corp\", \"ref\": \"CUST-0001\", \"type\": \"contact\", \"parent_id\": false, \"city\": \"Chicago\", \"zip\": \"60601\", \"country_id\": [233, \"United States\"], \"state_id\": [22, \"Illinois (US)\"]}")
                    .contains("{\"id\": 46, \"name\": \"Acme Warehouse Dock\", \"ref\": \"DC042\", \"type\": \"delivery\", \"parent_id\": [45, \"Acme Integration Corp\"], \"city\": \"Joliet\", \"zip\": \"60431\"")
                    .contains("\"id\": 47, \"name\": \"Beta Handels GmbH\", \"ref\": \"CUST-0002\"")
                    .contains("\"id\": 48, \"name\": \"Beta Lager Hamburg\", \"ref\": \"4012345000009\", \"type\": \"delivery\", \"parent_id\": [47, \"Beta Handels GmbH\"], \"city\": \"Hamburg\", \"zip\": \"20095\", \"country_id\": [57, \"Germany\"]");
            String products = rpc.json2("product.product", "search_read", Map.of("domain", List.of(List.of("default_code", "like", "FURN_")),
                    "fields", List.of("default_code", "barcode", "name", "uom_id", "list_price"), "order", "id")).text();
            assertThat(products).contains("{\"id\": 6, \"default_code\": \"FURN_8888\", \"barcode\": \"40164785534112\", \"name\": \"Office Lamp\", \"uom_id\": [1, \"Units\"], \"list_price\": 40.0}",
                    "{\"id\": 8, \"default_code\": \"FURN_7800\", \"barcode\": false, \"name\": \"Desk Combination\", \"uom_id\": [1, \"Units\"], \"list_price\": 450.0}",
                    "{\"id\": 21, \"default_code\": \"FURN_6666\", \"barcode\": \"036000291452\", \"name\": \"Acoustic Bloc Screens\"",
                    "{\"id\": 26, \"default_code\": \"FURN_5555\", \"barcode\": \"4006381333931\", \"name\": \"Cable Management Box\"",
                    "{\"id\": 34, \"default_code\": \"FURN_9001\", \"barcode\": \"40164785512001\", \"name\": \"Flipover\", \"uom_id\": [1, \"Units\"], \"list_price\": 1950.0}",
                    "{\"id\": 49, \"default_code\": \"FURN_0001\", \"barcode\": \"2300001000008\", \"name\": \"Desk Organizer\", \"uom_id\": [1, \"Units\"], \"list_price\": 5.1}");
            String units = rpc.json2("uom.uom", "search_read", Map.of("domain", List.of(List.of("id", "in", List.of(1, 2, 3, 16))),
                    "fields", List.of("name", "active"), "context", Map.of("active_test", false))).text();
            assertThat(units).isEqualTo("[{\"id\": 1, \"name\": \"Units\", \"active\": true}, {\"id\": 2, \"name\": \"Pack of 6\", \"active\": true}, "
                    + "{\"id\": 3, \"name\": \"Dozens\", \"active\": false}, {\"id\": 16, \"name\": \"kg\", \"active\": true}]");
            // JSON-RPC: a single dict creates and returns an int; the next partner id follows the seed
            Rpc.Reply created = rpc.jsonrpc(Map.of("service", "object", "method", "execute_kw", "args",
                    List.of("odoo", 2, "emulator-api-key", "res.partner", "create", List.of(Map.of("name", "Gamma")))));
            assertThat(created.text()).contains("\"result\": 49");
        }
    }
}

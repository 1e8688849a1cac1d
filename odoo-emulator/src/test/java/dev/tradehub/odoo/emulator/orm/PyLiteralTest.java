package dev.tradehub.odoo.emulator.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Python literals of automation rules' domains, and Python's indented JSON of webhook sample payloads. */
class PyLiteralTest {
    @Test
    void parsesTheDomainsOdooKeepsAsText() {
        assertThat(PyLiteral.parse("[('state', '=', 'sale')]")).isEqualTo(List.of(List.of("state", "=", "sale")));
        assertThat(PyLiteral.parse("[('customer_rank', '>', 0)]")).isEqualTo(List.of(List.of("customer_rank", ">", 0)));
        assertThat(PyLiteral.parse("['|', (\"active\", '=', True), ('x', 'in', [1.5, None, False],)]")).isEqualTo(
                List.of("|", List.of("active", "=", true), List.of("x", "in", Arrays.asList(1.5, null, false))));
        assertThat(PyLiteral.parse("[('name', '=', 'it\\'s')]")).isEqualTo(List.of(List.of("name", "=", "it's")));
        assertThatThrownBy(() -> PyLiteral.parse("[('state', '=' 'sale')]")).isInstanceOf(OdooException.class);
    }

    @Test
    void writesJsonIndentedAsPython() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("_id", 32);
        payload.put("amount_total", 66.0);
        payload.put("order_line", List.of(58));
        payload.put("empty", List.of());
        assertThat(Json.writeIndented(payload, 4)).isEqualTo("{\n    \"_id\": 32,\n    \"amount_total\": 66.0,\n"
                + "    \"order_line\": [\n        58\n    ],\n    \"empty\": []\n}");
    }
}

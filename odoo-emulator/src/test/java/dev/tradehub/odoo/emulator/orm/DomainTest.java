package dev.tradehub.odoo.emulator.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.odoo.emulator.model.OrderGuard;
import dev.tradehub.odoo.emulator.model.Registry;
import dev.tradehub.odoo.emulator.model.Seeds;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DomainTest {
    private Database db;

    @BeforeEach
    void seed() {
        db = new Database("t", Registry.build(OrderGuard.NONE));
        Seeds.load(db, """
                {"records": {"res.country": [{"id": 233, "name": "United States", "code": "US"}],
                 "res.partner": [
                  {"id": 10, "name": "Acme Corp", "ref": "A-1", "is_company": true, "country_id": 233, "customer_rank": 3,
                   "child_ids": [[0, 0, {"id": 11, "type": "delivery", "name": "Acme Dock", "city": "Joliet"}]]},
                  {"id": 12, "name": "beta gmbh", "ref": "B-2", "is_company": true},
                  {"id": 13, "name": "Old Gamma", "active": false},
                  {"id": 14, "name": "100% Delta_Co", "city": "Paris"}]}}
                """, 2, "admin");
    }

    private List<Integer> search(List<?> domain) {
        return search(domain, Map.of());
    }

    private List<Integer> search(List<?> domain, Map<String, Object> context) {
        return Env.run(db, 2, context, true, env -> env.search("res.partner", domain, 0, null, "id"));
    }

    @Test
    void comparisonAndSetOperators() {
        assertThat(search(List.of(List.of("ref", "=", "A-1")))).containsExactly(10);
        assertThat(search(List.of(List.of("ref", "!=", "A-1")))).containsExactly(11, 12, 14);
        assertThat(search(List.of(List.of("ref", "in", List.of("A-1", "B-2", "nope"))))).containsExactly(10, 12);
        assertThat(search(List.of(List.of("ref", "not in", List.of("A-1"))))).containsExactly(11, 12, 14);
        assertThat(search(List.of(List.of("customer_rank", ">", 0)))).containsExactly(10);
        assertThat(search(List.of(List.of("customer_rank", "<=", 0)))).containsExactly(11, 12, 14);
        assertThat(search(List.of(List.of("id", ">=", 12), List.of("id", "<", 14)))).containsExactly(12);
    }

    @Test
    void likeOperatorsAndWildcards() {
        assertThat(search(List.of(List.of("name", "ilike", "ACME")))).containsExactly(10, 11);
        assertThat(search(List.of(List.of("name", "like", "ACME")))).isEmpty();
        assertThat(search(List.of(List.of("name", "=like", "Acme%")))).containsExactly(10, 11);
        assertThat(search(List.of(List.of("name", "=ilike", "BETA GMBH")))).containsExactly(12);
        assertThat(search(List.of(List.of("name", "=like", "100\\% Delta\\_Co")))).containsExactly(14);
        assertThat(search(List.of(List.of("name", "not ilike", "acme")))).containsExactly(12, 14);
    }

    @Test
    void prefixOperatorsFalseAndDottedPaths() {
        assertThat(search(List.of("|", List.of("ref", "=", "A-1"), List.of("ref", "=", "B-2")))).containsExactly(10, 12);
        assertThat(search(List.of("!", List.of("is_company", "=", true)))).containsExactly(11, 14);
        assertThat(search(List.of("&", List.of("is_company", "=", true), "|", List.of("ref", "=", "B-2"),
                List.of("ref", "=", "A-1")))).containsExactly(10, 12);
        assertThat(search(List.of(List.of("ref", "=", false)))).containsExactly(11, 14);
        assertThat(search(List.of(List.of("parent_id", "!=", false)))).containsExactly(11);
        assertThat(search(List.of(List.of("parent_id.ref", "=", "A-1")))).containsExactly(11);
        assertThat(search(List.of(List.of("country_id.code", "=", "US")))).containsExactly(10);
        assertThat(search(List.of(List.of("child_ids", "in", List.of(11))))).containsExactly(10);
    }

    @Test
    void archivedRecordsOnlyWithActiveTestFalseOrAnExplicitActiveLeaf() {
        assertThat(search(List.of(List.of("name", "ilike", "gamma")))).isEmpty();
        assertThat(search(List.of(List.of("name", "ilike", "gamma")), Map.of("active_test", false))).containsExactly(13);
        assertThat(search(List.of(List.of("active", "=", false)))).containsExactly(13);
    }

    @Test
    void errorsAsOdooReportsThem() {
        assertThatThrownBy(() -> search(List.of(List.of("nope", "=", "x"))))
                .hasMessage("Invalid field res.partner.nope in condition ('nope', '=', 'x')")
                .extracting(e -> ((OdooException) e).httpStatus()).isEqualTo(500);
        assertThatThrownBy(() -> search(List.of(List.of("write_date", ">", "2026-11-27T04:39:00Z"))))
                .hasMessage("expecting only datetimes with no timezone: '2026-11-27T04:39:00Z'");
        assertThat(search(List.of(List.of("write_date", ">", "2000-01-01T00:00:00")))).hasSize(4);
        assertThatThrownBy(() -> search(List.of(List.of("name", "~", "x")))).isInstanceOf(OdooException.class);
    }

    @Test
    void orderingLimitAndOffset() {
        List<Integer> ids = Env.run(db, 2, Map.of(), true, env -> env.search("res.partner", List.of(), 1, 2, "name desc"));
        // names desc: beta gmbh, Acme Dock, Acme Corp, 100% Delta_Co (byte order: lower case after upper case)
        assertThat(ids).containsExactly(11, 10);
    }
}

package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.server.payara.Profile;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The production profile: the same EAR on PostgreSQL (an XA pool on a schema of its own), surviving a crash of
 * the server process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgreSqlProfileIT {

    private PostgreSqlSchema schema;
    private DeployedTradeHub tradeHub;

    @BeforeAll
    void start() throws SQLException {
        schema = new PostgreSqlSchema("e2e");
        tradeHub = DeployedTradeHub.start("postgresql", 29000, Profile.POSTGRESQL, schema.profileVariables(), Map.of());
    }

    @AfterAll
    void stop() throws SQLException {
        try (PostgreSqlSchema dropped = schema) {
            if (tradeHub != null) {
                tradeHub.close();
            }
        }
    }

    @Test
    void ordersFlowIntoOdooAndTheLogSurvivesAKilledServer() throws SQLException {
        byte[] document = DeployedTradeHub.sample("acme-850-005010.x12");
        TradeHubApi api = tradeHub.api();
        String id = api.send(document, "application/edi-x12");
        JsonObject message = api.awaitTerminal(id, Duration.ofSeconds(60));
        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name() + ".message WHERE id = '" + id + "'"))
                .isEqualTo(1);
        int orders = tradeHub.odoo().saleOrders().size();
        assertThat(orders).isPositive();

        tradeHub.crashAndRestart();

        assertThat(api.get("/api/v1/messages/" + id).json().getString("status")).isEqualTo("COMPLETED");
        TradeHubApi.Answer resend = api.post("/api/v1/documents", document, "application/edi-x12");
        assertThat(resend.status()).isEqualTo(200);
        assertThat(resend.json().getString("id")).isEqualTo(id);
        assertThat(tradeHub.odoo().saleOrders()).hasSize(orders);
    }
}

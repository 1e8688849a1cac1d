package dev.tradehub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.server.payara.Profile;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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

    private final String url = System.getProperty("tradehub.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String user = System.getProperty("tradehub.test.postgres.user", "postgres");
    private final String schema = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private DeployedTradeHub tradeHub;

    @BeforeAll
    void start() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        Path driver = Path.of(System.getProperty("tradehub.e2e.deployables", "target/deployables"), "postgresql.jar");
        tradeHub = DeployedTradeHub.start("postgresql", 29000, Profile.POSTGRESQL,
                Map.of("postgresql.driver.jar", driver.toAbsolutePath().toString(),
                        "postgresql.pool.properties", Profile.postgresqlProperties(url + "?currentSchema=" + schema,
                                user, "")),
                Map.of());
    }

    @AfterAll
    void stop() throws SQLException {
        try {
            if (tradeHub != null) {
                tradeHub.close();
            }
        } finally {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void ordersFlowIntoOdooAndTheLogSurvivesAKilledServer() throws SQLException {
        byte[] document = DeployedTradeHub.sample("acme-850-005010.x12");
        TradeHubApi api = tradeHub.api();
        String id = api.send(document, "application/edi-x12");
        JsonObject message = api.awaitTerminal(id, Duration.ofSeconds(60));
        assertThat(message.getString("status")).as(message.toString()).isEqualTo("COMPLETED");
        assertThat(count("SELECT COUNT(*) FROM " + schema + ".message WHERE id = '" + id + "'")).isEqualTo(1);
        int orders = tradeHub.odoo().saleOrders().size();
        assertThat(orders).isPositive();

        tradeHub.crashAndRestart();

        assertThat(api.get("/api/v1/messages/" + id).json().getString("status")).isEqualTo("COMPLETED");
        TradeHubApi.Answer resend = api.post("/api/v1/documents", document, "application/edi-x12");
        assertThat(resend.status()).isEqualTo(200);
        assertThat(resend.json().getString("id")).isEqualTo(id);
        assertThat(tradeHub.odoo().saleOrders()).hasSize(orders);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package dev.tradehub.e2e;

import dev.tradehub.server.payara.Profile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The crash proof on the PostgreSQL profile (reliability suite: {@code ./mvnw verify -Preliability}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgreSqlCrashRecoveryIT {

    private final String url = System.getProperty("tradehub.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String user = System.getProperty("tradehub.test.postgres.user", "postgres");
    private final String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private DeployedTradeHub tradeHub;

    @BeforeAll
    void start() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        Path driver = Path.of(System.getProperty("tradehub.e2e.deployables", "target/deployables"), "postgresql.jar");
        tradeHub = DeployedTradeHub.start("postgresql-crash", 27000, Profile.POSTGRESQL,
                Map.of("postgresql.driver.jar", driver.toAbsolutePath().toString(),
                        "postgresql.pool.properties", Profile.postgresqlProperties(url + "?currentSchema=" + schema,
                                user, "")),
                Map.of("tradehub.sweeper.grace-seconds", "60"));
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
    void aKilledServerLosesNothingAndDuplicatesNothing() {
        CrashRecoveryScenario.run(tradeHub, "CRASH-PG", Integer.getInteger("tradehub.crash.documents", 2000));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

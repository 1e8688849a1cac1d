package dev.tradehub.e2e;

import dev.tradehub.server.payara.Profile;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The crash proof on the PostgreSQL profile (reliability suite, in the default {@code ./mvnw verify}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgreSqlCrashRecoveryIT {

    private PostgreSqlSchema schema;
    private DeployedTradeHub tradeHub;

    @BeforeAll
    void start() throws SQLException {
        schema = new PostgreSqlSchema("crash");
        tradeHub = DeployedTradeHub.start("postgresql-crash", 27000, Profile.POSTGRESQL, schema.profileVariables(),
                Map.of("tradehub.sweeper.grace-seconds", "60"));
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
    void aKilledServerLosesNothingAndDuplicatesNothing() {
        CrashRecoveryScenario.run(tradeHub, "CRASH-PG", Integer.getInteger("tradehub.crash.documents", 2000));
    }
}

package dev.tradehub.e2e;

import dev.tradehub.server.payara.Profile;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The crash proof on the embedded default (H2, embedded broker). Part of the reliability suite with
 * PostgreSqlCrashRecoveryIT and OdooOutageIT (in the default {@code ./mvnw verify}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

    private DeployedTradeHub tradeHub;

    @BeforeAll
    void start() {
        tradeHub = DeployedTradeHub.start("crash", 30000, Profile.EMBEDDED, Map.of(),
                Map.of("tradehub.sweeper.grace-seconds", "60"));
    }

    @AfterAll
    void stop() {
        if (tradeHub != null) {
            tradeHub.close();
        }
    }

    @Test
    void aKilledServerLosesNothingAndDuplicatesNothing() {
        CrashRecoveryScenario.run(tradeHub, "CRASH-H2", Integer.getInteger("tradehub.crash.documents", 2000));
    }
}

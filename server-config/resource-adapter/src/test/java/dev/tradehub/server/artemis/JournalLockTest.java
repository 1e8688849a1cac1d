package dev.tradehub.server.artemis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second broker on a journal that another process's broker holds gives up after the lock timeout, with a
 * sentence that says why, instead of waiting forever (a restart of TradeHub once hung exactly there).
 */
class JournalLockTest {

    @TempDir
    Path data;

    static BrokerSettings settings(Path data, long lockTimeoutMillis) {
        return BrokerSettings.resolve(Map.of(), Map.of(
                BrokerSettings.DATA_DIR, data.toString(),
                BrokerSettings.LOCK_TIMEOUT, Long.toString(lockTimeoutMillis))::get);
    }

    @Test
    void aSecondBrokerOnALockedJournalGivesUpWithAReason() throws Exception {
        EmbeddedBroker holder = new EmbeddedBroker(settings(data, 30_000));
        holder.start();
        try {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondBroker.class.getName(), data.toString())
                    .redirectErrorStream(true).start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second broker must not wait without a bound");
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(3, second.exitValue(), output);
            assertTrue(output.contains("locked by another broker"), output);
            assertTrue(output.contains(data.resolve("broker").toString()), output);
        } finally {
            holder.stop();
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheHolderStopped() throws Exception {
        EmbeddedBroker first = new EmbeddedBroker(settings(data, 2_000));
        first.start();
        first.stop();
        EmbeddedBroker second = new EmbeddedBroker(settings(data, 2_000));
        second.start();
        second.stop();
    }

    /** Another process starting a broker on the same data folder. */
    public static final class SecondBroker {
        public static void main(String[] args) throws IOException {
            try {
                new EmbeddedBroker(settings(Path.of(args[0]), 2_000)).start();
                System.out.println("started although the journal is locked");
                System.exit(0);
            } catch (EmbeddedBroker.BrokerStartException e) {
                System.out.println("REFUSED: " + e.getMessage());
                System.exit(3);
            } catch (Exception e) {
                e.printStackTrace(System.out);
                System.exit(4);
            }
        }

        private SecondBroker() {
        }
    }

}

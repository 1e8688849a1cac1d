package dev.tradehub.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradehub.odoo.OdooSettings.Protocol;
import dev.tradehub.odoo.replay.Odoo;
import dev.tradehub.odoo.replay.ReplayServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fair semaphore bounds the calls in flight, as the server counts them. */
class ConcurrencyBoundTest {

    @RegisterExtension
    final ReplayServer server = ReplayServer.start();
    private final ExecutorService pool = Executors.newFixedThreadPool(20);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void twentyThreadsNeverHaveMoreThanThreeCallsInFlight() throws Exception {
        server.always(Odoo.exchange("02-partner-json2-search-read-by-ref.json").withDelay(40));
        OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSON2, null, Odoo.ADMIN_KEY)
                .withConcurrency(3, Duration.ofSeconds(30)));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(pool.submit(() -> {
                go.await();
                long found = 0;
                for (int call = 0; call < 3; call++) {
                    found += client.findPartnerByRef("CUST-0001").map(OdooRecord::id).orElseThrow();
                }
                return found;
            }));
        }
        go.countDown();
        for (Future<Long> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(3 * 45L);
        }

        assertThat(server.requests()).isEqualTo(60);
        assertThat(server.maxInFlight()).isLessThanOrEqualTo(3).isGreaterThanOrEqualTo(2);
    }

    @Test
    void noFreeSlotWithinTheAcquireTimeoutIsTransient() throws Exception {
        server.always(Odoo.exchange("02-partner-json2-search-read-by-ref.json").withDelay(1_500));
        OdooClient client = OdooClients.create(Odoo.settings(server, Protocol.JSON2, null, Odoo.ADMIN_KEY)
                .withConcurrency(1, Duration.ofMillis(100)));
        Future<?> slow = pool.submit(() -> client.findPartnerByRef("CUST-0001"));
        while (server.requests() == 0) {
            Thread.sleep(5);
        }

        OdooException error = catchThrowableOfType(() -> client.findPartnerByRef("CUST-0001"), OdooException.class);

        assertThat(error).isNotNull();
        assertThat(error.kind()).isEqualTo(OdooException.Kind.TRANSIENT);
        assertThat(error.getMessage()).contains("slots");
        slow.get(10, TimeUnit.SECONDS);
        assertThat(server.requests()).isEqualTo(1);
    }
}

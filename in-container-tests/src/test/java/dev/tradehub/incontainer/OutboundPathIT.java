package dev.tradehub.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.controlnumbers.ControlNumberRegistry;
import dev.tradehub.outbound.ControlNumbers.Kind;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbound side inside Payara Micro, with real transactions: control numbers under concurrency and rollback. */
@ExtendWith(ArquillianExtension.class)
class OutboundPathIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("tradehub-outbound.war");
    }

    @EJB
    private ControlNumberRegistry controlNumbers;

    @Resource
    private UserTransaction transaction;

    @Test
    void concurrentTakersGetEveryNumberOnceEachInIncreasingOrder() throws Exception {
        String partner = "IT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> takers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Long>> taker = () -> {
                    List<Long> taken = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        taken.add(controlNumbers.next(Kind.INTERCHANGE, partner, "ZZ:TRADEHUB"));
                    }
                    return taken;
                };
                takers.add(pool.submit(taker));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> taker : takers) {
                List<Long> taken = taker.get();
                assertThat(taken).isSorted().doesNotHaveDuplicates();
                all.addAll(taken);
            }
            assertThat(all).hasSize(threads * each);
            assertThat(all).allMatch(n -> n >= 1 && n <= threads * each);
        } finally {
            pool.shutdownNow();
        }
        assertThat(controlNumbers.next(Kind.GROUP, partner, "ZZ:TRADEHUB")).as("each kind counts on its own").isEqualTo(1);
        assertThat(controlNumbers.next(Kind.INTERCHANGE, partner, "ZZ:OTHER")).as("and each sender ID").isEqualTo(1);
    }

    @Test
    void aRolledBackDocumentLeavesAGapNeverAReusedNumber() throws Exception {
        String partner = "IT-RB-" + ThreadLocalRandom.current().nextInt(1_000_000);
        long first = controlNumbers.next(Kind.EDIFACT_INTERCHANGE, partner, "14:4098765000008");
        transaction.begin();
        long takenByTheRolledBack = controlNumbers.next(Kind.EDIFACT_INTERCHANGE, partner, "14:4098765000008");
        transaction.rollback();
        long after = controlNumbers.next(Kind.EDIFACT_INTERCHANGE, partner, "14:4098765000008");
        assertThat(takenByTheRolledBack).isEqualTo(first + 1);
        assertThat(after).isEqualTo(first + 2);
    }
}

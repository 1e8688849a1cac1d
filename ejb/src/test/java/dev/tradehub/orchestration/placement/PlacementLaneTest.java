package dev.tradehub.orchestration.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.odoo.OdooException;
import dev.tradehub.odoo.SaleOrderDraft;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The aggregator's rules: alone at once, together while Odoo is busy, bounded, and failures shared. */
class PlacementLaneTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aLoneOrderIsPlacedAtOnceEvenWithAWaitConfigured() {
        PlacementLane lane = new PlacementLane(50, Duration.ofSeconds(5));
        long start = System.nanoTime();

        PlacementLane.Placed placed = lane.place(lane.expect(), List.of(draft("PO-1")), recording());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(placed.outcomes()).extracting(outcome -> outcome.draft().clientOrderRef()).containsExactly("PO-1");
        assertThat(placed.batchInterchanges()).isEqualTo(1);
    }

    @Test
    void interchangesArrivingWhileABatchIsInOdooGoTogetherInTheNextOne() throws Exception {
        PlacementLane lane = new PlacementLane(50, Duration.ZERO);
        CountDownLatch firstInOdoo = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> placement = firstBatchHeld(firstInOdoo, release);
        Future<PlacementLane.Placed> first = threads.submit(() -> lane.place(lane.expect(), List.of(draft("A")), placement));
        assertThat(firstInOdoo.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<PlacementLane.Placed>> others = new ArrayList<>();
        for (String po : List.of("B", "C", "D")) {
            others.add(threads.submit(() -> lane.place(lane.expect(), List.of(draft(po), draft(po + "2")), placement)));
        }
        Thread.sleep(300); // all three are waiting behind the first batch
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).batchOrders()).isEqualTo(1);
        for (Future<PlacementLane.Placed> other : others) {
            PlacementLane.Placed placed = other.get(5, TimeUnit.SECONDS);
            assertThat(placed.batchOrders()).isEqualTo(6);
            assertThat(placed.batchInterchanges()).isEqualTo(3);
            assertThat(placed.outcomes()).hasSize(2);
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("B", "B2", "C", "C2", "D", "D2");
        // each interchange gets its own outcomes, in its own order
        assertThat(others.get(0).get().outcomes()).extracting(outcome -> outcome.draft().clientOrderRef())
                .containsExactly("B", "B2");
    }

    @Test
    void aLeaderWaitsForInterchangesStillMappingButNotLongerThanTheWait() throws Exception {
        PlacementLane lane = new PlacementLane(50, Duration.ofSeconds(2));
        var late = lane.expect();
        Future<PlacementLane.Placed> leader = threads.submit(() ->
                lane.place(lane.expect(), List.of(draft("A")), recording()));
        Thread.sleep(200);
        PlacementLane.Placed second = lane.place(late, List.of(draft("B")), recording());

        assertThat(leader.get(5, TimeUnit.SECONDS).batchInterchanges()).isEqualTo(2);
        assertThat(second.batchInterchanges()).isEqualTo(2);
        assertThat(batches).containsExactly(List.of("A", "B"));

        var neverComes = lane.expect();
        long start = System.nanoTime();
        lane.place(lane.expect(), List.of(draft("C")), recording());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1_900),
                Duration.ofSeconds(4));
        neverComes.close();
    }

    @Test
    void aWithdrawnArrivalEndsTheWait() throws Exception {
        PlacementLane lane = new PlacementLane(50, Duration.ofSeconds(30));
        var mapping = lane.expect();
        Future<PlacementLane.Placed> leader = threads.submit(() ->
                lane.place(lane.expect(), List.of(draft("A")), recording()));
        Thread.sleep(200);
        assertThat(leader.isDone()).isFalse();
        mapping.close(); // its orders failed mapping: nothing to wait for

        assertThat(leader.get(5, TimeUnit.SECONDS).batchOrders()).isEqualTo(1);
    }

    @Test
    void aBatchNeverExceedsTheSizeButAnInterchangeIsNeverSplit() throws Exception {
        PlacementLane lane = new PlacementLane(3, Duration.ZERO);
        CountDownLatch firstInOdoo = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> placement = firstBatchHeld(firstInOdoo, release);
        Future<?> first = threads.submit(() -> lane.place(lane.expect(), List.of(draft("A")), placement));
        assertThat(firstInOdoo.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<PlacementLane.Placed>> others = new ArrayList<>();
        others.add(threads.submit(() -> lane.place(lane.expect(), List.of(draft("B1"), draft("B2")), placement)));
        Thread.sleep(100);
        others.add(threads.submit(() -> lane.place(lane.expect(), List.of(draft("C1"), draft("C2")), placement)));
        Thread.sleep(100);
        others.add(threads.submit(() -> lane.place(lane.expect(), List.of(draft("D1"), draft("D2"), draft("D3"),
                draft("D4")), placement)));
        Thread.sleep(200);
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<PlacementLane.Placed> other : others) {
            other.get(5, TimeUnit.SECONDS);
        }

        assertThat(batches).hasSize(4);
        assertThat(batches).filteredOn(batch -> !batch.get(0).startsWith("D"))
                .allSatisfy(batch -> assertThat(batch.size()).isLessThanOrEqualTo(3));
        assertThat(batches.stream().flatMap(List::stream).toList()).hasSize(9).doesNotHaveDuplicates();
        assertThat(batches).anySatisfy(batch -> assertThat(batch).containsExactly("D1", "D2", "D3", "D4"));
    }

    @Test
    void aFailedBatchFailsEveryInterchangeInIt() throws Exception {
        PlacementLane lane = new PlacementLane(50, Duration.ZERO);
        CountDownLatch firstInOdoo = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OdooException unavailable = new OdooException(OdooException.Kind.TRANSIENT, null, "Odoo answered 503",
                503, null);
        Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> placement = drafts -> {
            if (batches.isEmpty()) {
                batches.add(List.of("first"));
                firstInOdoo.countDown();
                await(release);
                return recording().apply(drafts);
            }
            throw unavailable;
        };
        Future<?> first = threads.submit(() -> lane.place(lane.expect(), List.of(draft("A")), placement));
        assertThat(firstInOdoo.await(5, TimeUnit.SECONDS)).isTrue();
        Future<PlacementLane.Placed> b = threads.submit(() -> lane.place(lane.expect(), List.of(draft("B")), placement));
        Future<PlacementLane.Placed> c = threads.submit(() -> lane.place(lane.expect(), List.of(draft("C")), placement));
        Thread.sleep(200);
        release.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (Future<PlacementLane.Placed> failed : List.of(b, c)) {
            assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS)).hasCause(unavailable);
        }
        // the lane is free again
        assertThat(lane.place(lane.expect(), List.of(draft("E")), recording()).batchOrders()).isEqualTo(1);
    }

    /** A placement whose first batch stays "in Odoo" until {@code release}; {@code inOdoo} says when it is. */
    private Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> firstBatchHeld(CountDownLatch inOdoo,
            CountDownLatch release) {
        return drafts -> {
            if (batches.isEmpty()) {
                inOdoo.countDown();
                await(release);
            }
            return recording().apply(drafts);
        };
    }

    private Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> recording() {
        return drafts -> {
            batches.add(drafts.stream().map(SaleOrderDraft::clientOrderRef).toList());
            return drafts.stream().map(draft -> new OrderPlacement.Outcome(draft, 1L, "S1", true, false, null)).toList();
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SaleOrderDraft draft(String poNumber) {
        return new SaleOrderDraft(45, null, poNumber, LocalDate.of(2026, 12, 15), null, List.of());
    }
}

package dev.tradehub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aLoneCallerIsWrittenAtOnceInAGroupOfItsOwn() {
        List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String, String> commit = new GroupCommit<>(1, 10, 1_000, String::length);

        String answer = commit.submit("a", group -> {
            groups.add(group);
            return group.stream().map(String::toUpperCase).toList();
        });

        assertThat(answer).isEqualTo("A");
        assertThat(groups).containsExactly(List.of("a"));
    }

    @Test
    void callersThatArriveDuringAWriteShareTheNextGroupAndEachGetsItsOwnAnswer() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(1, 100, 1_000, item -> 1);
        Function<List<Integer>, List<Integer>> write = group -> {
            groups.add(group);
            if (group.contains(0)) {
                firstWriteStarted.countDown();
                await(releaseFirstWrite);
            }
            return group.stream().map(item -> item * 10).toList();
        };

        Future<Integer> first = callers.submit(() -> commit.submit(0, write));
        assertThat(firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> others = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            int item = i;
            others.add(callers.submit(() -> commit.submit(item, write)));
        }
        awaitWaiting(commit, others);
        releaseFirstWrite.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isZero();
        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i).get(5, TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
        }
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1)).hasSize(20).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void aGroupNeverExceedsItsItemOrWeightLimitButAlwaysTakesOneItem() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(1, 3, 100, item -> item);
        Function<List<Integer>, List<Integer>> write = group -> {
            groups.add(group);
            if (group.contains(1)) {
                firstWriteStarted.countDown();
                await(releaseFirstWrite);
            }
            return group;
        };
        Future<Integer> first = callers.submit(() -> commit.submit(1, write));
        assertThat(firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> others = new ArrayList<>();
        for (int item : new int[] {2, 3, 4, 5, 500, 6}) {
            others.add(callers.submit(() -> commit.submit(item, write)));
            awaitWaiting(commit, others);
        }
        releaseFirstWrite.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<Integer> other : others) {
            other.get(5, TimeUnit.SECONDS);
        }

        assertThat(groups).allSatisfy(group -> {
            assertThat(group).hasSizeBetween(1, 3);
            assertThat(group.size() == 1 || group.stream().mapToInt(Integer::intValue).sum() <= 100).isTrue();
        });
        assertThat(groups).contains(List.of(500));
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(7);
    }

    @Test
    void aFailedWriteIsTheFailureOfEveryCallerInTheGroupAndNotOfTheNextGroup() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        GroupCommit<String, String> commit = new GroupCommit<>(1, 10, 1_000, String::length);
        Function<List<String>, List<String>> write = group -> {
            if (writes.incrementAndGet() == 1) {
                firstWriteStarted.countDown();
                await(releaseFirstWrite);
                throw new IllegalStateException("the database is gone");
            }
            return group;
        };
        Future<String> first = callers.submit(() -> commit.submit("first", write));
        assertThat(firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        releaseFirstWrite.countDown();

        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("the database is gone");
        assertThat(commit.submit("second", write)).isEqualTo("second");
    }

    @Test
    void severalWritersWriteAtTheSameTime() throws Exception {
        CountDownLatch bothWriting = new CountDownLatch(2);
        GroupCommit<String, String> commit = new GroupCommit<>(2, 10, 1_000, String::length);
        Function<List<String>, List<String>> write = group -> {
            bothWriting.countDown();
            await(bothWriting);
            return group;
        };
        Future<String> a = callers.submit(() -> commit.submit("a", write));
        Future<String> b = callers.submit(() -> commit.submit("b", write));

        assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(b.get(5, TimeUnit.SECONDS)).isEqualTo("b");
    }

    @Test
    void aWriteThatAnswersTheWrongNumberOfResultsFailsTheGroup() {
        GroupCommit<String, String> commit = new GroupCommit<>(1, 10, 1_000, String::length);

        assertThatThrownBy(() -> commit.submit("a", group -> List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0 results for 1 items");
    }

    /** Waits until every caller not yet done is parked in the commit (not still on its way in). */
    private static void awaitWaiting(GroupCommit<?, ?> commit, List<? extends Future<?>> callers)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (commit.waitingCount() < callers.stream().filter(f -> !f.isDone()).count()
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

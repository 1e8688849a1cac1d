package dev.tradehub.intake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Group commit: callers that arrive while a transaction is being written wait, and the next free writer takes all of
 * them into one transaction. There is no writer thread and no timer: a caller that finds a free writer slot becomes
 * the writer (leader) for everything waiting, itself included, so a lone caller is written at once and many
 * concurrent callers share the cost of one commit (one log sync of the database and of the broker).
 *
 * <p>The write function receives the waiting items in arrival order and returns one result per item, in the same
 * order; a failure of the write function is every item's failure.
 *
 * <p>A group commit with a wait ({@code maxWait} above zero) also lets a writer wait for items announced to be on
 * their way ({@link #expect()}): while any is, and the group is not full, for at most {@code maxWait}. Nothing
 * announced, no wait: a lone caller is still written at once.
 *
 * @param <T> what is written
 * @param <R> what each caller gets back
 */
public final class GroupCommit<T, R> {

    private final int writers;
    private final int maxItems;
    private final long maxWeight;
    private final ToLongFunction<T> weight;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final ArrayDeque<Pending<T, R>> waiting = new ArrayDeque<>();
    private final long maxWaitNanos;
    private int activeWriters;
    private int onTheirWay;

    /**
     * @param writers   how many groups may be written at the same time
     * @param maxItems  the most items in one group
     * @param maxWeight the most weight (e.g. bytes) in one group; a group always takes at least one item
     * @param weight    the weight of an item
     */
    public GroupCommit(int writers, int maxItems, long maxWeight, ToLongFunction<T> weight) {
        this(writers, maxItems, maxWeight, weight, Duration.ZERO);
    }

    /**
     * @param maxWait how long a writer waits at most for the items announced by {@link #expect()}
     */
    public GroupCommit(int writers, int maxItems, long maxWeight, ToLongFunction<T> weight, Duration maxWait) {
        if (writers < 1 || maxItems < 1 || maxWeight < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("writers, maxItems and maxWeight must be positive, maxWait not negative");
        }
        this.writers = writers;
        this.maxItems = maxItems;
        this.maxWeight = maxWeight;
        this.weight = weight;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /**
     * Announces an item on its way: a writer forming a group waits for it (see the class comment). Submit it with
     * {@link #submit(Arrival, Object, Function)}, or close the arrival when it will not come.
     */
    public Arrival expect() {
        lock.lock();
        try {
            onTheirWay++;
        } finally {
            lock.unlock();
        }
        return new Arrival();
    }

    /** An announced item: it arrives when submitted, or withdraws on {@link #close()}. */
    public final class Arrival implements AutoCloseable {
        private boolean arrived;

        /** Called with the lock held. */
        private void arrive() {
            if (!arrived) {
                arrived = true;
                onTheirWay--;
                written.signalAll();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                arrive();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Writes the item with whatever else is waiting, and answers once its group is written. */
    public R submit(T item, Function<List<T>, List<R>> write) {
        return submit(null, item, write);
    }

    /** Writes the announced item with whatever else is waiting, and answers once its group is written. */
    public R submit(Arrival arrival, T item, Function<List<T>, List<R>> write) {
        Pending<T, R> mine = new Pending<>(item);
        lock.lock();
        try {
            if (arrival != null) {
                arrival.arrive();
            }
            waiting.add(mine);
            while (!mine.done) {
                if (activeWriters < writers && !waiting.isEmpty()) {
                    activeWriters++;
                    awaitAnnounced();
                    List<Pending<T, R>> group = takeGroup();
                    if (group.isEmpty()) { // another writer took them while this one waited
                        activeWriters--;
                        continue;
                    }
                    lock.unlock();
                    try {
                        writeGroup(group, write);
                    } finally {
                        lock.lock();
                        activeWriters--;
                        written.signalAll();
                    }
                } else {
                    written.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    /** How many callers wait for a writer (their item not yet taken into a group). */
    int waitingCount() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held, as a writer: waits while announced items are on their way and the group has room. */
    private void awaitAnnounced() {
        long left = maxWaitNanos;
        while (left > 0 && onTheirWay > 0 && waiting.size() < maxItems && waitingWeight() < maxWeight) {
            left = awaitNanosUninterruptibly(left);
        }
    }

    private long awaitNanosUninterruptibly(long nanos) {
        long deadline = System.nanoTime() + nanos;
        try {
            written.awaitNanos(nanos);
        } catch (InterruptedException e) {
            // A writer must write the group it forms: the others wait for it. The interrupt is kept for later.
            Thread.currentThread().interrupt();
            return 0;
        }
        return deadline - System.nanoTime();
    }

    private long waitingWeight() {
        long total = 0;
        for (Pending<T, R> pending : waiting) {
            total += weight.applyAsLong(pending.item);
        }
        return total;
    }

    private List<Pending<T, R>> takeGroup() {
        List<Pending<T, R>> group = new ArrayList<>();
        long groupWeight = 0;
        while (!waiting.isEmpty() && group.size() < maxItems) {
            long next = weight.applyAsLong(waiting.peek().item);
            if (!group.isEmpty() && groupWeight + next > maxWeight) {
                break;
            }
            group.add(waiting.poll());
            groupWeight += next;
        }
        return group;
    }

    private void writeGroup(List<Pending<T, R>> group, Function<List<T>, List<R>> write) {
        List<R> results = null;
        RuntimeException failure = null;
        try {
            results = write.apply(group.stream().map(pending -> pending.item).toList());
            if (results.size() != group.size()) {
                failure = new IllegalStateException("The group write answered " + results.size() + " results for "
                        + group.size() + " items");
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new IllegalStateException("The group write failed: " + e, e);
        }
        lock.lock();
        try {
            for (int i = 0; i < group.size(); i++) {
                Pending<T, R> pending = group.get(i);
                if (failure == null) {
                    pending.result = results.get(i);
                } else {
                    pending.failure = failure;
                }
                pending.done = true;
            }
        } finally {
            lock.unlock();
        }
    }

    private static final class Pending<T, R> {
        private final T item;
        private R result;
        private RuntimeException failure;
        private boolean done;

        private Pending(T item) {
            this.item = item;
        }
    }
}

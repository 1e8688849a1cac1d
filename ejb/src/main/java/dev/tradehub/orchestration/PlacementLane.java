package dev.tradehub.orchestration;

import dev.tradehub.odoo.SaleOrderDraft;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The aggregator of one Odoo database and company: the drafts of concurrent interchanges are placed together, one
 * {@code create} and one {@code action_confirm} per batch, because a CPU-bound Odoo costs a few hundred milliseconds
 * per call and much less per order of a call, and more concurrent calls do not make it faster.
 *
 * <p>One batch is placed at a time. The interchange that finds the lane idle leads: it takes its own drafts and those
 * waiting (up to the batch size), places them on its thread and hands each waiting interchange its outcomes; the
 * interchanges that arrive meanwhile wait for the next batch. A leader waits for more only while other interchanges
 * are known to be on their way (mapping their orders, see {@link #expect()}), and no longer than the configured wait:
 * a lone order goes at once. Every interchange records its own outcomes in its own transaction, so a message's states
 * and timeline, its retries and the guarantees of {@link OrderPlacement} are those of an interchange placed alone.
 *
 * <p>A failure of the batch (Odoo unavailable) is every member's failure: each is retried on its own schedule.
 */
public final class PlacementLane {

    private final int maxOrders;
    private final long maxWaitNanos;
    private final Deque<Request> waiting = new ArrayDeque<>();
    private boolean placing;
    private int onTheirWay;

    /**
     * @param maxOrders the batch size: a leader stops waiting, and takes no more, once it holds this many orders
     * @param maxWait   how long a leader waits at most for the interchanges on their way
     */
    public PlacementLane(int maxOrders, Duration maxWait) {
        if (maxOrders < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + maxOrders);
        }
        this.maxOrders = maxOrders;
        this.maxWaitNanos = Math.max(0, maxWait.toNanos());
    }

    /** The outcomes of one interchange's drafts (in input order), and the batch they were placed in. */
    public record Placed(List<OrderPlacement.Outcome> outcomes, int batchOrders, int batchInterchanges) {
    }

    /**
     * Announces an interchange that is mapping orders for this lane; a forming batch waits for it. Close the arrival
     * when it does not come ({@link Arrival#close()} after {@link #place} does nothing).
     */
    public Arrival expect() {
        synchronized (this) {
            onTheirWay++;
        }
        return new Arrival();
    }

    /** An announced interchange: arrives by {@link #place}, or withdraws by {@link #close()}. */
    public final class Arrival implements AutoCloseable {
        private boolean arrived;

        private void arrive() {
            synchronized (PlacementLane.this) {
                if (!arrived) {
                    arrived = true;
                    onTheirWay--;
                }
            }
        }

        @Override
        public void close() {
            synchronized (PlacementLane.this) {
                if (!arrived) {
                    arrive();
                    PlacementLane.this.notifyAll();
                }
            }
        }
    }

    /**
     * Places the drafts with those of other interchanges: {@code placement} is called with a whole batch (on this or
     * another interchange's thread) and must answer one outcome per draft, in order.
     *
     * @throws RuntimeException what {@code placement} threw for the batch these drafts were in
     */
    public Placed place(Arrival arrival, List<SaleOrderDraft> drafts,
            Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> placement) {
        Request mine = new Request(drafts);
        List<Request> batch;
        synchronized (this) {
            arrival.arrive();
            waiting.add(mine);
            notifyAll();
            while (!mine.settled() && placing) {
                awaitUninterruptibly(0);
            }
            if (mine.settled()) {
                return mine.placed();
            }
            placing = true;
            long deadline = System.nanoTime() + maxWaitNanos;
            while (onTheirWay > 0 && ordersWaiting() < maxOrders) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                awaitUninterruptibly(left);
            }
            batch = takeBatch(mine);
        }
        try {
            place(batch, placement);
        } finally {
            synchronized (this) {
                placing = false;
                notifyAll();
            }
        }
        return mine.placed();
    }

    /** Waits without giving up the batch: an interrupted leader or member would strand the others' outcomes. */
    private void awaitUninterruptibly(long nanos) {
        boolean interrupted = false;
        try {
            if (nanos == 0) {
                wait();
            } else {
                TimeUnit.NANOSECONDS.timedWait(this, nanos);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private int ordersWaiting() {
        return waiting.stream().mapToInt(request -> request.drafts.size()).sum();
    }

    /** The leader's own drafts first (it must make progress), then the others in arrival order, up to the size. */
    private List<Request> takeBatch(Request leader) {
        waiting.remove(leader);
        List<Request> batch = new ArrayList<>();
        batch.add(leader);
        int orders = leader.drafts.size();
        while (!waiting.isEmpty() && orders + waiting.peek().drafts.size() <= maxOrders) {
            Request next = waiting.poll();
            batch.add(next);
            orders += next.drafts.size();
        }
        return batch;
    }

    private void place(List<Request> batch, Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> placement) {
        List<SaleOrderDraft> drafts = new ArrayList<>();
        batch.forEach(request -> drafts.addAll(request.drafts));
        List<OrderPlacement.Outcome> outcomes;
        try {
            outcomes = placement.apply(drafts);
            if (outcomes.size() != drafts.size()) {
                throw new IllegalStateException("the placement answered " + outcomes.size() + " outcomes for "
                        + drafts.size() + " drafts");
            }
        } catch (RuntimeException | Error failure) {
            synchronized (this) {
                batch.forEach(request -> request.failure = failure);
            }
            throw failure;
        }
        synchronized (this) {
            int from = 0;
            for (Request request : batch) {
                request.placed = new Placed(List.copyOf(outcomes.subList(from, from + request.drafts.size())),
                        drafts.size(), batch.size());
                from += request.drafts.size();
            }
        }
    }

    private static final class Request {
        private final List<SaleOrderDraft> drafts;
        private Placed placed;
        private Throwable failure;

        Request(List<SaleOrderDraft> drafts) {
            this.drafts = List.copyOf(drafts);
        }

        boolean settled() {
            return placed != null || failure != null;
        }

        Placed placed() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return placed;
        }
    }
}

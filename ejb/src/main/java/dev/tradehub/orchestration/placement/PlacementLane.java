package dev.tradehub.orchestration.placement;

import dev.tradehub.intake.GroupCommit;
import dev.tradehub.odoo.SaleOrderDraft;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The aggregator of one Odoo database and company: the drafts of concurrent interchanges are placed together, one
 * {@code create} and one {@code action_confirm} per batch, because a CPU-bound Odoo costs a few hundred milliseconds
 * per call and much less per order of a call, and more concurrent calls do not make it faster.
 *
 * <p>It is a {@link GroupCommit} with one writer: one batch is in Odoo at a time. The interchange that finds the lane
 * idle leads: it takes the drafts waiting (up to the batch size; an interchange is never split), places them on its
 * thread and hands each interchange its outcomes; those arriving meanwhile form the next batch. A leader waits for
 * more only while other interchanges are known to be on their way (mapping their orders, see {@link #expect()}), and
 * no longer than the configured wait: a lone order goes at once. Every interchange records its own outcomes in its
 * own transaction, so a message's states and timeline, its retries and the guarantees of {@link OrderPlacement} are
 * those of an interchange placed alone.
 *
 * <p>A failure of the batch (Odoo unavailable) is every member's failure: each is retried on its own schedule.
 */
public final class PlacementLane {

    private final GroupCommit<List<SaleOrderDraft>, Placed> batches;

    /**
     * @param maxOrders the batch size: a leader stops waiting, and takes no more, once it holds this many orders
     * @param maxWait   how long a leader waits at most for the interchanges on their way
     */
    public PlacementLane(int maxOrders, Duration maxWait) {
        if (maxOrders < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + maxOrders);
        }
        batches = new GroupCommit<>(1, Integer.MAX_VALUE, maxOrders, List::size, maxWait);
    }

    /** The outcomes of one interchange's drafts (in input order), and the batch they were placed in. */
    public record Placed(List<OrderPlacement.Outcome> outcomes, int batchOrders, int batchInterchanges) {
    }

    /**
     * Announces an interchange that is mapping orders for this lane; a forming batch waits for it. Close the arrival
     * when it does not come (closing it after {@link #place} does nothing).
     */
    public GroupCommit<List<SaleOrderDraft>, Placed>.Arrival expect() {
        return batches.expect();
    }

    /**
     * Places the drafts with those of other interchanges: {@code placement} is called with a whole batch (on this or
     * another interchange's thread) and must answer one outcome per draft, in order.
     *
     * @throws RuntimeException what {@code placement} threw for the batch these drafts were in
     */
    public Placed place(GroupCommit<List<SaleOrderDraft>, Placed>.Arrival arrival, List<SaleOrderDraft> drafts,
            Function<List<SaleOrderDraft>, List<OrderPlacement.Outcome>> placement) {
        return batches.submit(arrival, List.copyOf(drafts), interchanges -> {
            List<SaleOrderDraft> batch = new ArrayList<>();
            interchanges.forEach(batch::addAll);
            List<OrderPlacement.Outcome> outcomes = placement.apply(batch);
            if (outcomes.size() != batch.size()) {
                throw new IllegalStateException("the placement answered " + outcomes.size() + " outcomes for "
                        + batch.size() + " drafts");
            }
            List<Placed> placed = new ArrayList<>();
            int from = 0;
            for (List<SaleOrderDraft> interchange : interchanges) {
                placed.add(new Placed(List.copyOf(outcomes.subList(from, from + interchange.size())), batch.size(),
                        interchanges.size()));
                from += interchange.size();
            }
            return placed;
        });
    }
}

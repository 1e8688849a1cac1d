package dev.tradehub.orchestration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bulkhead around the work an interchange does on this node's cores and database (translate, deduplicate, map,
 * record), apart from its wait for Odoo. The inbound sessions are many so that many interchanges can wait together
 * for one batch in Odoo; were they all to translate and commit at once, they would crowd out intake on a small
 * machine (H2 stores each commit under one lock). {@code tradehub.processing.max-concurrency} (8) interchanges work
 * at a time; one waiting for its batch gives its place up meanwhile.
 */
@ApplicationScoped
public class ProcessingBulkhead {

    @Inject
    @ConfigProperty(name = "tradehub.processing.max-concurrency", defaultValue = "8")
    private int maxConcurrency;

    private Semaphore places;

    @PostConstruct
    void create() {
        if (maxConcurrency < 1) {
            throw new IllegalStateException("tradehub.processing.max-concurrency must be at least 1, not "
                    + maxConcurrency);
        }
        places = new Semaphore(maxConcurrency, true);
    }

    /** Takes a place, waiting for one (uninterruptibly: a session's transaction is under way). */
    public void enter() {
        places.acquireUninterruptibly();
    }

    /** Gives the place back. */
    public void leave() {
        places.release();
    }
}

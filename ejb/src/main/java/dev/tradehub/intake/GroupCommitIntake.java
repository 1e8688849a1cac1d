package dev.tradehub.intake;

import dev.tradehub.persistence.messagelog.MessageStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The intake that channels with many concurrent senders use: each caller still gets its receipt only after its
 * document is durably stored and queued, but the documents of concurrent callers are committed together in one
 * transaction ({@link GroupCommit}), so that the cost of a commit (the database's and the broker's log syncs, the
 * two-phase commit between them) is paid once per group instead of once per document.
 *
 * <p>If a group's transaction fails, its documents are accepted again one by one, so that one document cannot fail
 * the others; a document whose bytes a concurrent transaction stored first is answered as a re-send.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GroupCommitIntake {

    /** How long a copy waits for the transaction that holds its payload hash (crash recovery included). */
    private static final Duration FIRST_COPY_WAIT = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(GroupCommitIntake.class.getName());

    @EJB
    private DocumentIntake intake;

    @Inject
    @ConfigProperty(name = "tradehub.intake.group-commit.writers", defaultValue = "2")
    private int writers;

    @Inject
    @ConfigProperty(name = "tradehub.intake.group-commit.max-documents", defaultValue = "256")
    private int maxDocuments;

    @Inject
    @ConfigProperty(name = "tradehub.intake.group-commit.max-bytes", defaultValue = "16777216")
    private long maxBytes;

    private GroupCommit<IncomingDocument, Outcome> groupCommit;

    @PostConstruct
    void configure() {
        groupCommit = new GroupCommit<>(writers, maxDocuments, maxBytes, document -> document.payload().length);
    }

    /** The largest document accepted, in bytes. */
    public long maxBytes() {
        return intake.maxBytes();
    }

    /** Accepts the document; answers once it is stored and queued (or refused, or found to be a re-send). */
    public Receipt accept(IncomingDocument document) {
        Outcome outcome = groupCommit.submit(document, this::acceptGroup);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.receipt();
    }

    private List<Outcome> acceptGroup(List<IncomingDocument> documents) {
        try {
            return intake.acceptAll(documents).stream().map(receipt -> new Outcome(receipt, null)).toList();
        } catch (EJBException groupFailed) {
            if (documents.size() > 1) {
                LOG.warning(() -> "A group of " + documents.size() + " documents was rolled back ("
                        + groupFailed.getMessage() + "); accepting them one by one");
            }
            List<Outcome> outcomes = new ArrayList<>(documents.size());
            for (IncomingDocument document : documents) {
                try {
                    outcomes.add(new Outcome(acceptAlone(document), null));
                } catch (RuntimeException failed) {
                    outcomes.add(new Outcome(null, failed));
                }
            }
            return outcomes;
        }
    }

    /**
     * One document in a transaction of its own. When its payload hash is taken (the unique index refused it), the
     * same bytes are being stored by another transaction: a concurrent copy, or, after a crash, a transaction left
     * prepared that recovery commits or rolls back. The first copy is waited for, to answer as a re-send; if it
     * never commits, this copy is the first and is stored again.
     */
    private Receipt acceptAlone(IncomingDocument document) {
        try {
            return intake.accept(document);
        } catch (EJBException failed) {
            String hash = DocumentIntake.sha256(document);
            long deadline = System.nanoTime() + FIRST_COPY_WAIT.toNanos();
            while (true) {
                Optional<String> first = intake.findByPayloadHash(hash);
                if (first.isPresent()) {
                    return new Receipt(first.get(), MessageStatus.DUPLICATE, null);
                }
                if (System.nanoTime() > deadline) {
                    LOG.warning(() -> "A document's first copy did not commit within " + FIRST_COPY_WAIT.toSeconds()
                            + " s (" + failed.getMessage() + "); storing it again");
                    return intake.accept(document);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failed;
                }
            }
        }
    }

    /** One document's answer within a group: its receipt, or why it alone could not be accepted. */
    private record Outcome(Receipt receipt, RuntimeException failure) {
    }
}

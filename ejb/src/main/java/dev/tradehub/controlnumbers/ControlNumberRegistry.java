package dev.tradehub.controlnumbers;

import dev.tradehub.outbound.ControlNumbers;
import dev.tradehub.persistence.outbound.ControlNumberCounter;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Gives control numbers. Each number is taken in a transaction of its own (committed before the document that
 * uses it is written): if that document's transaction rolls back, its number stays used and is never given again;
 * the outbound message log holds the numbers of every document sent, so such a gap shows against it.
 */
@Stateless
@LocalBean
@Local(ControlNumbers.class)
public class ControlNumberRegistry implements ControlNumbers {

    private static final Logger LOG = Logger.getLogger(ControlNumberRegistry.class.getName());
    /** Two first takes of a new counter at once: one insert wins, the other takes again. */
    private static final int ATTEMPTS = 3;

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private ControlNumberRegistry self;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long next(Kind kind, String partner, String senderId) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return self.take(kind, partner, senderId);
            } catch (EJBException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Takes the next number of one counter in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long take(Kind kind, String partner, String senderId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ControlNumberCounter counter = entityManager.find(ControlNumberCounter.class,
                new ControlNumberCounter.Key(partner, senderId, kind.name()), LockModeType.PESSIMISTIC_WRITE);
        long value;
        if (counter == null) {
            value = 1;
            entityManager.persist(new ControlNumberCounter(partner, senderId, kind.name(), value, now));
            entityManager.flush();
        } else {
            value = nextAfter(counter.getLastValue(), kind);
            counter.setLastValue(value, now);
        }
        long taken = value;
        LOG.fine(() -> "control number " + kind + " " + taken + " taken for partner " + partner + " as " + senderId);
        return value;
    }

    /** The number after {@code last}: 1 again after the kind's maximum (the field's width allows no more). */
    static long nextAfter(long last, Kind kind) {
        return last >= kind.maximum() ? 1 : last + 1;
    }
}

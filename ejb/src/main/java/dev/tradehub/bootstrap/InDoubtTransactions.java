package dev.tradehub.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finishes what the transaction manager's recovery cannot finish in the embedded H2 database: a transaction that a
 * crash left prepared but undecided. The transaction manager presumes such a transaction aborted and rolls it back,
 * but H2's {@code JdbcXAConnection} keeps "prepared" per connection: its {@code rollback} issues
 * {@code ROLLBACK TRANSACTION} only on the connection that prepared or recovered the transaction, and does nothing
 * on any other pooled connection. The prepared transaction then keeps its row locks until the database is closed (a
 * message row stayed locked for good after a SIGKILL in the crash suite). Commits are not affected: H2's commit
 * names the transaction on any connection.
 *
 * <p>A transaction that stays in doubt longer than the grace period ({@code tradehub.recovery.in-doubt-grace-seconds},
 * seen twice, that far apart) is one recovery has decided to roll back, or has given up on: a live two-phase commit
 * holds the prepared state for milliseconds. It is rolled back by name. Rolling back is safe for everything TradeHub
 * commits in two phases: a sender was not answered before the commit completed (it sends again), and a message
 * whose processing is undone is taken again (processing is idempotent) by the lost-message sweeper. PostgreSQL is
 * not concerned: its pool is not XA.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // one scheduled task at a time
public class InDoubtTransactions {

    private static final Logger LOG = Logger.getLogger(InDoubtTransactions.class.getName());
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]+");

    @Resource(lookup = "jdbc/tradehub")
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tradehub.recovery.in-doubt-grace-seconds", defaultValue = "15")
    private long graceSeconds;

    /** When each transaction still in doubt was first seen. */
    private final Map<String, Instant> firstSeen = new HashMap<>();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (!isH2()) {
            return;
        }
        long period = Math.max(5, graceSeconds / 2);
        schedule = scheduler.scheduleWithFixedDelay(() -> {
            try {
                resolve(Instant.now());
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "Looking for in-doubt transactions failed; again in " + period + " s", e);
            }
        }, 0, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().startsWith("H2");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not tell the database product; in-doubt transactions are not watched", e);
            return false;
        }
    }

    /** Runs on the scheduler's thread, outside any transaction: the connection is in auto-commit. */
    private void resolve(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String name : rollBackUndecided(connection, firstSeen, now, graceSeconds)) {
                LOG.warning(() -> "alert=IN_DOUBT_ROLLED_BACK A transaction left prepared by a crash (" + name
                        + ") was still undecided after " + graceSeconds + " s; rolled back, its locks released");
            }
        }
    }

    /**
     * Rolls back the transactions in doubt that {@code firstSeen} has known for at least {@code graceSeconds}, and
     * starts the clock for those seen for the first time.
     *
     * @return the names of the transactions rolled back
     */
    static Set<String> rollBackUndecided(Connection connection, Map<String, Instant> firstSeen, Instant now,
            long graceSeconds) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            Set<String> inDoubt = new HashSet<>();
            try (ResultSet rows = statement.executeQuery("SELECT TRANSACTION_NAME FROM INFORMATION_SCHEMA.IN_DOUBT"
                    + " WHERE TRANSACTION_STATE = 'IN_DOUBT'")) {
                while (rows.next()) {
                    inDoubt.add(rows.getString(1));
                }
            }
            firstSeen.keySet().retainAll(inDoubt);
            Set<String> rolledBack = new HashSet<>();
            for (String name : inDoubt) {
                Instant since = firstSeen.computeIfAbsent(name, key -> now);
                if (Duration.between(since, now).getSeconds() >= graceSeconds) {
                    statement.execute("ROLLBACK TRANSACTION " + identifier(name));
                    firstSeen.remove(name);
                    rolledBack.add(name);
                }
            }
            return rolledBack;
        }
    }

    private static String identifier(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}

package dev.tradehub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.XAConnection;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction prepared in H2 when the process dies, and never decided: a rollback through an XA connection other
 * than the one that recovered it leaves it (and its row lock) in place; rolling it back by name releases it.
 */
class InDoubtTransactionsTest {

    @TempDir
    Path folder;

    @Test
    void aPreparedTransactionLeftByACrashIsRolledBackAfterTheGracePeriod() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";LOCK_TIMEOUT=200";
        try (Connection connection = dataSource(url).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE message(id INT PRIMARY KEY, status VARCHAR(20))");
            statement.execute("INSERT INTO message VALUES (1, 'RECEIVED')");
        }
        Process crashing = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), PrepareAndDie.class.getName(), url).inheritIO().start();
        assertThat(crashing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(crashing.exitValue()).isEqualTo(PrepareAndDie.EXIT);

        JdbcDataSource dataSource = dataSource(url);
        XAConnection recovery = dataSource.getXAConnection();
        Xid[] undecided = recovery.getXAResource().recover(XAResource.TMSTARTRSCAN);
        assertThat(undecided).hasSize(1);
        // A rollback through another pooled XA connection than the one that recovered it: H2 ignores it.
        XAConnection pooled = dataSource.getXAConnection();
        pooled.getXAResource().rollback(undecided[0]);
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> markCompleted(connection)).isInstanceOf(SQLException.class);

            Map<String, Instant> firstSeen = new HashMap<>();
            Instant start = Instant.parse("2026-12-03T06:00:00Z");
            assertThat(InDoubtTransactions.rollBackUndecided(connection, firstSeen, start, 60)).isEmpty();
            assertThat(InDoubtTransactions.rollBackUndecided(connection, firstSeen, start.plusSeconds(59), 60))
                    .isEmpty();
            assertThat(InDoubtTransactions.rollBackUndecided(connection, firstSeen, start.plusSeconds(60), 60))
                    .hasSize(1);

            markCompleted(connection);
            assertThat(InDoubtTransactions.rollBackUndecided(connection, firstSeen, start.plusSeconds(120), 60))
                    .isEmpty();
        }
        pooled.close();
        recovery.close();
    }

    private static void markCompleted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE message SET status = 'COMPLETED' WHERE id = 1")).isEqualTo(1);
        }
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** Updates the row in an XA branch, prepares it, and halts before any decision. */
    public static final class PrepareAndDie {

        static final int EXIT = 17;

        public static void main(String[] args) throws Exception {
            XAConnection connection = dataSource(args[0]).getXAConnection();
            XAResource resource = connection.getXAResource();
            Xid xid = new SimpleXid(4711, new byte[] {1, 2, 3}, new byte[] {4, 5});
            resource.start(xid, XAResource.TMNOFLAGS);
            try (Statement statement = connection.getConnection().createStatement()) {
                statement.executeUpdate("UPDATE message SET status = 'PROCESSING' WHERE id = 1");
            }
            resource.end(xid, XAResource.TMSUCCESS);
            resource.prepare(xid);
            Runtime.getRuntime().halt(EXIT);
        }
    }

    private record SimpleXid(int getFormatId, byte[] getGlobalTransactionId, byte[] getBranchQualifier)
            implements Xid {
    }

}

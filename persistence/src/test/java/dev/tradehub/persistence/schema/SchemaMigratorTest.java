package dev.tradehub.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class SchemaMigratorTest {

    /** Every migration of the shared folder applies to an empty database. */
    private static final long MIGRATIONS = migrationFiles();

    private static long migrationFiles() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                SchemaMigrator.class.getResource("/db/migration/common").toURI()))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void migratesAnEmptyH2DatabaseAndIsIdempotent() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(SchemaMigrator.migrate(h2)).contains(MIGRATIONS + " migration(s) applied");
        assertThat(SchemaMigrator.migrate(h2)).contains("0 migration(s) applied");

        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM unit_mapping WHERE partner_code = '*'")).isEqualTo(15);
            assertThat(count(statement, "SELECT COUNT(*) FROM message")).isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM control_number")).isZero();
        }
    }

    @Test
    void migratesAnEmptyPostgreSqlSchema() throws SQLException {
        String schema = "migrator_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = System.getProperty("tradehub.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("tradehub.test.postgres.user", "postgres");
        try (Connection admin = DriverManager.getConnection(url, user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(url + "?currentSchema=" + schema);
                postgres.setUser(user);
                assertThat(SchemaMigrator.migrate(postgres)).contains(MIGRATIONS + " migration(s) applied");
                assertThat(count(statement, "SELECT COUNT(*) FROM " + schema + ".unit_mapping")).isEqualTo(15);
                assertThat(count(statement, "SELECT COUNT(*) FROM " + schema + ".control_number")).isZero();
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

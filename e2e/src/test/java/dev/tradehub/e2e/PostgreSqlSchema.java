package dev.tradehub.e2e;

import dev.tradehub.server.payara.Profile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own in the test PostgreSQL (127.0.0.1:5432, database test, trust auth, or
 * {@code tradehub.test.postgres.url/.user}), dropped at the end: the postgresql profile's pool points at it.
 */
final class PostgreSqlSchema implements AutoCloseable {

    private final String url = System.getProperty("tradehub.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String user = System.getProperty("tradehub.test.postgres.user", "postgres");
    private final String name;

    PostgreSqlSchema(String prefix) throws SQLException {
        this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + name);
    }

    String name() {
        return name;
    }

    /** The postgresql profile's variables: the driver the build copied and a pool on this schema. */
    Map<String, String> profileVariables() {
        Path driver = Path.of(System.getProperty("tradehub.e2e.deployables", "target/deployables"), "postgresql.jar");
        return Map.of("postgresql.driver.jar", driver.toAbsolutePath().toString(),
                "postgresql.pool.properties", Profile.postgresqlProperties(url + "?currentSchema=" + name, user, ""));
    }

    long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

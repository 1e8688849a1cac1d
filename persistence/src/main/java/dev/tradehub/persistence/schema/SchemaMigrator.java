package dev.tradehub.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this version of TradeHub needs: Flyway migrations in {@code db/migration/common},
 * written once for H2 and PostgreSQL, with the few column types that differ as placeholders.
 */
public final class SchemaMigrator {

    /** The column types that differ between the databases, as Flyway placeholders of the shared migrations. */
    private static final Map<String, Map<String, String>> COLUMN_TYPES = Map.of(
            "h2", Map.of("binary_type", "BLOB", "text_type", "CLOB"),
            "postgresql", Map.of("binary_type", "BYTEA", "text_type", "TEXT"));

    private SchemaMigrator() {
    }

    /** Applies the pending migrations; returns a one-line summary for the log. */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common")
                .placeholders(COLUMN_TYPES.get(vendorOf(dataSource)))
                .table("tradehub_schema_history")
                .baselineOnMigrate(false)
                .load();
        MigrateResult result = flyway.migrate();
        return "schema at version " + (result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current() == null ? "none" : flyway.info().current().getVersion())
                + " (" + result.migrationsExecuted + " migration(s) applied, " + result.database + ")";
    }

    /** The kind of database behind {@code dataSource}: {@code h2} or {@code postgresql}. */
    static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalStateException("TradeHub has no schema for the database " + product
                    + ": use H2 (embedded default) or PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate its schema: " + e.getMessage(), e);
        }
    }
}

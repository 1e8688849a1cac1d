package dev.tradehub.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this version of TradeHub needs (Flyway, {@code db/migration/<vendor>}:
 * {@code h2} or {@code postgresql}).
 */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /** Applies the pending migrations; returns a one-line summary for the log. */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendorOf(dataSource))
                .table("tradehub_schema_history")
                .baselineOnMigrate(false)
                .load();
        MigrateResult result = flyway.migrate();
        return "schema at version " + (result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current() == null ? "none" : flyway.info().current().getVersion())
                + " (" + result.migrationsExecuted + " migration(s) applied, " + result.database + ")";
    }

    /** The migration folder for the database behind {@code dataSource}: {@code h2} or {@code postgresql}. */
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

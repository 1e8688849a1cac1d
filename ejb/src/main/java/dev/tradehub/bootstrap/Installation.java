package dev.tradehub.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this node runs on, read from the server it is deployed in: the embedded profile (H2 and the broker embedded
 * in the resource adapter, both in the data folder) or the production profile (an external database, often a
 * standalone broker). Nothing here is configured twice: the facts come from the data source and the broker settings.
 */
@ApplicationScoped
public class Installation {

    /** The facts shown to people (landing page, later the portal). */
    public record Facts(String profile, String database, String broker, String dataDir) {
    }

    @Resource(lookup = "jdbc/tradehub")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "tradehub.data-dir")
    private Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "tradehub.broker.url")
    private Optional<String> brokerUrl;

    public Facts facts() {
        String product;
        String database;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            product = meta.getDatabaseProductName();
            database = product + " " + meta.getDatabaseProductVersion() + " at " + withoutCredentials(meta.getURL());
        } catch (SQLException e) {
            product = "";
            database = "not answering: " + e.getMessage();
        }
        String broker = brokerUrl.filter(url -> !url.isBlank())
                .map(url -> "ActiveMQ Artemis at " + withoutCredentials(url))
                .orElse("ActiveMQ Artemis embedded in the resource adapter");
        String profile = product.startsWith("H2") ? "embedded" : "production";
        return new Facts(profile, database, broker, dataDir.orElse("(not set)"));
    }

    /** A JDBC or broker URL without the password parameters some of them carry. */
    static String withoutCredentials(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password|user)=[^;&]*[;&]?", "");
    }
}

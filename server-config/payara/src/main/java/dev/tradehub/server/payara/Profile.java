package dev.tradehub.server.payara;

import java.util.List;
import java.util.Map;

/**
 * A Payara Server set-up of TradeHub: {@code common.asadmin} (JVM options, MicroProfile endpoints)
 * followed by the profile's own command file (the {@code jdbc/tradehub} XA data source).
 */
public enum Profile {

    /** H2 file database {@code ${tradehub.data-dir}/db/tradehub} (H2 bundled in Payara), embedded broker. */
    EMBEDDED("embedded.asadmin", List.of("tradehub.data-dir")),

    /**
     * PostgreSQL through {@code org.postgresql.ds.PGConnectionPoolDataSource} (last agent of the JMS XA transactions). Variables: {@code postgresql.driver.jar}
     * (the Maven-resolved driver) and {@code postgresql.pool.properties}, best built with
     * {@link #postgresqlProperties(String, String, String)}.
     */
    POSTGRESQL("postgresql.asadmin", List.of("tradehub.data-dir", "postgresql.driver.jar", "postgresql.pool.properties"));

    private final String resource;
    private final List<String> variables;

    Profile(String resource, List<String> variables) {
        this.resource = resource;
        this.variables = variables;
    }

    /** The profile's command file resource (beside this class). */
    public String resource() {
        return resource;
    }

    /** Variables the rendered files need. */
    public List<String> variables() {
        return variables;
    }

    /** The complete command file: {@code common.asadmin} then the profile's file, rendered. */
    public String render(Map<String, String> vars) {
        return CommandFile.render(CommandFile.template("common.asadmin"), vars)
                + "\n" + CommandFile.render(CommandFile.template(resource), vars);
    }

    /** Profile name as used on command lines ({@code embedded}, {@code postgresql}). */
    public String id() {
        return name().toLowerCase();
    }

    public static Profile of(String id) {
        for (Profile p : values()) {
            if (p.id().equalsIgnoreCase(id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown profile '" + id + "' (embedded | postgresql)");
    }

    /**
     * The {@code --property} value of the PostgreSQL pool: {@code url=...:user=...[:password=...]},
     * each value escaped for asadmin. Pass it with the {@code !raw} variable form or as
     * {@code postgresql.pool.properties} (the template inserts it unescaped).
     */
    public static String postgresqlProperties(String url, String user, String password) {
        StringBuilder props = new StringBuilder("url=").append(Asadmin.escape(url))
                .append(":user=").append(Asadmin.escape(user));
        // The pool needs a password credential even where the server trusts the user; "()" is asadmin's empty value.
        props.append(":password=").append(password == null || password.isEmpty() ? "()" : Asadmin.escape(password));
        return props.toString();
    }
}

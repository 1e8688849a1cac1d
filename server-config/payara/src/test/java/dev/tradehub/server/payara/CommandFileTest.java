package dev.tradehub.server.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandFileTest {

    @Test
    void escapesValuesForOptionSyntaxAndForTheFileTokenizer() {
        assertEquals("create-jvm-options -Dx=C\\\\:/data",
                CommandFile.render("create-jvm-options -Dx=${v}", Map.of("v", "C:/data")));
        assertEquals("--property url=a\\\\:b", CommandFile.render("--property ${p!raw}", Map.of("p", "url=a\\:b")));
    }

    @Test
    void namesEveryMissingVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandFile.render("${a} ${b} ${a}", Map.of()));
        assertEquals("Command file variables not set: [a, b]", e.getMessage());
    }

    @Test
    void embeddedProfileCreatesTheH2XaPoolInTheDataDir() {
        String file = Profile.EMBEDDED.render(Map.of("tradehub.data-dir", "/srv/tradehub/data"));
        assertTrue(file.contains("--datasourceclassname=org.h2.jdbcx.JdbcDataSource --restype=javax.sql.XADataSource"), file);
        assertTrue(file.contains("url=jdbc\\\\:h2\\\\:file\\\\:/srv/tradehub/data/db/tradehub:user=sa"), file);
        assertTrue(file.contains("create-jdbc-resource --connectionpoolid=tradehub-pool jdbc/tradehub"), file);
        assertTrue(file.contains("create-jvm-options -Dtradehub.data-dir=/srv/tradehub/data"), file);
        assertTrue(file.contains("-Xmx1g"), file);
        assertTrue(file.contains("set-microprofile-healthcheck-configuration --enabled=true --securityenabled=false"), file);
        assertTrue(file.contains("set-metrics-configuration --enabled=true --securityenabled=false"), file);
        assertTrue(file.contains("set-openapi-configuration --enabled=true --securityenabled=false"), file);
        assertFalse(file.replaceAll("(?m)^#.*$", "").contains("__default"), "never the runtime's own default data source (not durable)");
        assertFalse(file.contains("${"), file);
    }

    @Test
    void postgresqlProfileAddsTheDriverAndAPool() {
        String file = Profile.POSTGRESQL.render(Map.of(
                "tradehub.data-dir", "/d",
                "postgresql.driver.jar", "/m2/postgresql-42.7.4.jar",
                "postgresql.pool.properties", Profile.postgresqlProperties("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")));
        assertTrue(file.contains("add-library --type=common /m2/postgresql-42.7.4.jar"), file);
        assertTrue(file.contains("--datasourceclassname=org.postgresql.ds.PGConnectionPoolDataSource --restype=javax.sql.ConnectionPoolDataSource"), file);
        assertTrue(file.contains("--property url=jdbc\\\\:postgresql\\\\://127.0.0.1\\\\:5432/test:user=postgres:password=() tradehub-pool"), file);
        assertTrue(file.contains("jdbc/tradehub"), file);
    }

    @Test
    void postgresqlPasswordIsEscapedAndEmptyWhenNoneIsGiven() {
        assertEquals("url=jdbc\\:postgresql\\://h/db:user=u:password=p\\:w",
                Profile.postgresqlProperties("jdbc:postgresql://h/db", "u", "p:w"));
        assertEquals("url=x:user=u:password=()", Profile.postgresqlProperties("x", "u", null));
        assertEquals("url=x?currentSchema\\=s:user=u:password=()", Profile.postgresqlProperties("x?currentSchema=s", "u", ""));
    }

    @Test
    void microPostBootFileDeploysTheAdapterFirstAndCreatesTheDataSource() {
        String file = MicroPostBootFile.render(Path.of("/repo/ra.rar"), Path.of("/tmp/it-data"));
        String commands = file.replaceAll("(?m)^#.*\\n", "");
        int deploy = commands.indexOf("deploy --type=rar --name=artemis-ra /repo/ra.rar");
        assertTrue(deploy >= 0, commands);
        assertTrue(commands.indexOf("create-jdbc-connection-pool") > deploy, commands);
        assertTrue(commands.contains("url=jdbc\\:h2\\:file\\:/tmp/it-data/db/tradehub"), commands);
        assertTrue(commands.contains("create-jdbc-resource --connectionpoolid=tradehub-pool jdbc/tradehub"), commands);
        assertFalse(commands.contains("${"), commands);
    }

    @Test
    void profilesByName() {
        assertEquals(Profile.EMBEDDED, Profile.of("embedded"));
        assertEquals(Profile.POSTGRESQL, Profile.of(" PostgreSQL "));
        assertThrows(IllegalArgumentException.class, () -> Profile.of("oracle"));
    }
}

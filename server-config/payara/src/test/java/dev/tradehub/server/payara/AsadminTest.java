package dev.tradehub.server.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class AsadminTest {

    private final Asadmin asadmin = new Asadmin(Path.of("/opt/payara6"), 18048, Path.of("/tmp/work"));

    @Test
    void remoteCommandsGoToTheDomainsAdminPort() {
        assertEquals(List.of("/opt/payara6/bin/asadmin", "--user", "admin", "--interactive=false", "--port", "18048",
                        "deploy", "--force=true", "--name=artemis-ra", "--type=rar", "/x/ra.rar"),
                asadmin.commandLine("deploy", List.of("--force=true", "--name=artemis-ra", "--type=rar", "/x/ra.rar")));
    }

    @Test
    void localCommandsNeedNoPort() {
        assertEquals(List.of("/opt/payara6/bin/asadmin", "--user", "admin", "--interactive=false",
                        "create-domain", "--portbase", "18000", "--nopassword=true", "tradehub"),
                asadmin.commandLine("create-domain", List.of("--portbase", "18000", "--nopassword=true", "tradehub")));
        assertTrue(!asadmin.commandLine("start-domain", List.of("tradehub")).contains("--port"));
    }

    @Test
    void findsFailedCommandsInMultimodeOutput() {
        String out = "Deleted 1 option(s)\nCommand delete-jvm-options executed successfully.\n"
                + "remote failure: JVM option +UseG1GC is invalid\nCommand create-jvm-options failed.\n"
                + "Command multimode executed successfully.\n";
        assertEquals(List.of("create-jvm-options"), Asadmin.failedCommands(out));
        assertEquals(List.of(), Asadmin.failedCommands("Command version executed successfully.\n"));
    }

    @Test
    void escapesOptionSyntax() {
        assertEquals("jdbc\\:h2\\:file\\:/d", Asadmin.escape("jdbc:h2:file:/d"));
        assertEquals("a\\\\b", Asadmin.escape("a\\b"));
    }

    @Test
    void failureCarriesCommandAndOutput() {
        AsadminException e = new AsadminException("asadmin deploy failed (exit code 1)",
                List.of("asadmin", "deploy", "x.ear"), "remote failure: boom\nCommand deploy failed.");
        assertTrue(e.getMessage().contains("asadmin deploy x.ear"), e.getMessage());
        assertTrue(e.getMessage().contains("    remote failure: boom"), e.getMessage());
        assertEquals("remote failure: boom\nCommand deploy failed.", e.output());
    }
}

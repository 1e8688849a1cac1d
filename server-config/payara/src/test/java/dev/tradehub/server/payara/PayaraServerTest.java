package dev.tradehub.server.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraServerTest {

    @TempDir
    Path tmp;

    @Test
    void onlyAnAdminThreadWithoutClassLoaderIsDeployedAgain() {
        // The output Payara 6.2025.9 gave once in CI, right after a start.
        assertTrue(PayaraServer.isAdminThreadWithoutClassLoader(new AsadminException("asadmin deploy failed",
                java.util.List.of("deploy"), "remote failure: Error occurred during deployment: Exception while"
                        + " deploying the app [artemis-ra] : Cannot invoke \"java.lang.ClassLoader.loadClass(String)\""
                        + " because the return value of \"java.lang.Thread.getContextClassLoader()\" is null.")));
        assertFalse(PayaraServer.isAdminThreadWithoutClassLoader(new AsadminException("asadmin deploy failed",
                java.util.List.of("deploy"), "remote failure: Error occurred during deployment: Exception while"
                        + " loading the app : CDI deployment failure")));
    }

    @Test
    void portsFollowThePortBase() {
        PayaraServer server = PayaraServer.builder().installRoot(tmp).portBase(18000).dataDir(tmp.resolve("data")).build();
        assertEquals(18048, server.adminPort());
        assertEquals(18080, server.httpPort());
        assertEquals(URI.create("http://localhost:18080/health/ready"), server.httpUrl("health/ready"));
        assertEquals(tmp.resolve("payara6/glassfish/domains/tradehub"), server.domainDir());
        assertEquals(tmp.resolve("payara6/glassfish/domains/tradehub/logs/server.log"), server.logFile());
        assertFalse(server.isRunning());
        assertTrue(server.pid().isEmpty());
        assertThrows(IllegalStateException.class, server::kill);
        assertThrows(IllegalArgumentException.class, () -> PayaraServer.builder().portBase(80));
    }

    @Test
    void systemPropertiesAreEscapedForAsadmin() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("tradehub.api.token", "abc");
        props.put("tradehub.odoo.url", "http://odoo:8069");
        assertEquals("tradehub.api.token=abc:tradehub.odoo.url=http\\://odoo\\:8069",
                PayaraServer.systemPropertiesArgument(props));
    }

    @Test
    void parsesListSystemProperties() {
        String out = "The target server contains following 2 system properties\n"
                + "tradehub.api.token=abc\ntradehub.odoo.url=http://x:1\nCommand list-system-properties executed successfully.\n";
        assertEquals(Map.of("tradehub.api.token", "abc", "tradehub.odoo.url", "http://x:1"),
                PayaraServer.parseSystemProperties(out));
    }

    @Test
    void provisionUnzipsOnceAndMakesScriptsExecutable() throws IOException {
        Path zip = tmp.resolve("payara-test.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "payara6/bin/asadmin", "#!/bin/sh\necho hi\n");
            entry(out, "payara6/glassfish/domains/domain1/config/domain.xml", "<domain/>");
        }
        PayaraServer server = PayaraServer.builder().payaraZip(zip).installRoot(tmp.resolve("root"))
                .dataDir(tmp.resolve("data")).build();
        Path install = server.provision();
        assertTrue(Files.isExecutable(install.resolve("bin/asadmin")));
        assertTrue(server.timings().containsKey("provision"));
        Files.writeString(install.resolve("marker"), "kept");
        server.provision();
        assertTrue(Files.exists(install.resolve("marker")), "second provision reuses the installation");
    }

    @Test
    void defaultZipIsTheOneMavenResolved() {
        String previous = System.getProperty("tradehub.payara.zip");
        System.clearProperty("tradehub.payara.zip");
        try {
            String version = PayaraServer.buildProperties().getProperty("payara.server.version");
            assertEquals("6.2025.9", version);
            assertTrue(PayaraServer.defaultPayaraZip().endsWith(
                    Path.of("fish/payara/distributions/payara/6.2025.9/payara-6.2025.9.zip")));
        } finally {
            if (previous != null) {
                System.setProperty("tradehub.payara.zip", previous);
            }
        }
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream o = out;
        o.write(text.getBytes());
        out.closeEntry();
    }
}

package dev.tradehub.server.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void aTakenPortIsNamedWithWhatItIsForAndHowToMoveIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            assertFalse(FreePorts.isFree(port));
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("HTTP", port);
            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> FreePorts.requireFree(ports, "move it with -Dtradehub.port-base=<base>"));
            assertEquals("Port " + port + " (HTTP) is taken by another program: stop it, or move it with"
                    + " -Dtradehub.port-base=<base>", failure.getMessage());
        }
    }

    @Test
    void theEmulatorMovesPastATakenPort() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            int chosen = FreePorts.firstFreeOnLoopback(port, 20);
            assertTrue(chosen > port && chosen < port + 20, "chose " + chosen + " after " + port);
            assertTrue(FreePorts.isFreeOnLoopback(chosen));
        }
    }
}

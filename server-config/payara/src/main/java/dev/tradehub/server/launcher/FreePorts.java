package dev.tradehub.server.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Whether ports are free, asked the only reliable way: by binding them for a moment. Checked before anything is
 * started, so that a taken port is named with the setting that moves it, instead of a server that fails half-way.
 */
final class FreePorts {

    private FreePorts() {
    }

    /** {@code true} when nothing listens on the port, on any address (as the server will bind it). */
    static boolean isFree(int port) {
        return canBind(new InetSocketAddress(port));
    }

    /** {@code true} when the port can be bound on the loopback address (where the demo's Odoo listens). */
    static boolean isFreeOnLoopback(int port) {
        return canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a message naming the first taken port, what it is for and how to move it.
     *
     * @param ports      the ports by what they are for (e.g. {@code HTTP -> 8080})
     * @param howToMove  the setting that moves them, as the user would type it
     */
    static void requireFree(Map<String, Integer> ports, String howToMove) {
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            if (!isFree(port.getValue())) {
                throw new LaunchFailure("Port " + port.getValue() + " (" + port.getKey() + ") is taken by another"
                        + " program: stop it, or " + howToMove);
            }
        }
    }

    /** The first port from {@code preferred} on that is free on the loopback address, trying {@code tries} ports. */
    static int firstFreeOnLoopback(int preferred, int tries) {
        for (int port = preferred; port < preferred + tries && port <= 65535; port++) {
            if (isFreeOnLoopback(port)) {
                return port;
            }
        }
        throw new LaunchFailure("No free port between " + preferred + " and " + (preferred + tries - 1)
                + " for the Odoo emulator: choose one with -Dtradehub.emulator.port=<port>");
    }
}

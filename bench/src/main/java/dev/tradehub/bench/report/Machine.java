package dev.tradehub.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on. */
public record Machine(int cores, long memoryBytes, String jdk, String os, String cpu) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), memTotal(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                osName() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpuModel());
    }

    /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}), or "n/a". */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static long memTotal() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal:").map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                .orElse(-1L);
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("n/a");
    }

    private static String osName() {
        return procLine(Path.of("/etc/os-release"), "PRETTY_NAME=").map(l -> l.substring(12).replace("\"", ""))
                .orElse("Linux");
    }

    private static java.util.Optional<String> procLine(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}

package dev.tradehub.server.payara;

import java.util.List;

/** An asadmin command failed (or timed out); carries the command line and everything it printed. */
public class AsadminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> command;
    private final String output;

    public AsadminException(String message, List<String> command, String output) {
        super(message + "\n  command: " + String.join(" ", command) + "\n  output:\n" + indent(output));
        this.command = List.copyOf(command);
        this.output = output;
    }

    public List<String> command() {
        return command;
    }

    public String output() {
        return output;
    }

    private static String indent(String text) {
        return text == null || text.isBlank() ? "    (none)" : text.strip().replaceAll("(?m)^", "    ");
    }
}

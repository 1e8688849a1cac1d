package dev.tradehub.server.launcher;

/**
 * A start that cannot go on, with the one line that tells the user why and what to do; {@code detail} (the end of
 * a log, a command's output) may follow it.
 */
final class LaunchFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    LaunchFailure(String reason) {
        this(reason, null);
    }

    LaunchFailure(String reason, String detail) {
        super(reason);
        this.detail = detail;
    }

    String detail() {
        return detail;
    }
}

package dev.tradehub.odoo.emulator.http;

import dev.tradehub.odoo.emulator.orm.Database;

import java.time.Duration;

/** What the protocol handlers need from the emulator: the data, the credentials and the fault settings. */
public interface Backend {
    Database database();

    String apiKey();

    int uid();

    String login();

    String password();

    boolean isDown();

    Duration latency(String method);

    boolean injectError();

    /** True: injected errors are Odoo server errors; false: HTTP 503 pages. */
    boolean serverErrorMode();

    void count(String model, String method);
}

package dev.tradehub.odoo.emulator.http;

import dev.tradehub.odoo.emulator.orm.Database;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the protocol handlers need from the emulator: the data, the credentials, the fault settings and the cost model. */
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

    /**
     * Runs a model call (or a JSON-RPC {@code common} call, as model {@code common}) at the cost a real Odoo has for
     * it: holds one of the bounded workers for the call's whole cost (see the emulator's {@code CostModel}).
     * {@code ids} and {@code bound} (the bound arguments) tell how many records the call is on.
     */
    <T> T costed(String model, String method, List<Integer> ids, Map<String, Object> bound, Supplier<T> call);
}

package dev.tradehub.odoo;

import dev.tradehub.odoo.json2.Json2Transport;
import dev.tradehub.odoo.jsonrpc.JsonRpcTransport;
import dev.tradehub.odoo.transport.OdooHttp;
import dev.tradehub.odoo.transport.OdooTransport;

/** Makes {@link OdooClient}s. */
public final class OdooClients {

    private OdooClients() {
    }

    /**
     * A thread-safe client for one Odoo database. It owns one HTTP client and one concurrency bound: create it
     * once per configuration and share it.
     */
    public static OdooClient create(OdooSettings settings) {
        OdooHttp http = new OdooHttp(settings);
        OdooTransport transport = switch (settings.protocol()) {
            case JSON2 -> new Json2Transport(http);
            case JSONRPC -> new JsonRpcTransport(http);
        };
        return new RemoteOdooClient(transport);
    }
}

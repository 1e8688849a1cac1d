package dev.tradehub.web.landing;

import dev.tradehub.bootstrap.Installation;
import dev.tradehub.bootstrap.OdooConnection;
import dev.tradehub.persistence.messagelog.MessageStatus;
import java.util.Map;

/** The landing page's HTML, from the facts it shows: no logic but presentation, every value escaped. */
final class LandingHtml {

    private LandingHtml() {
    }

    private static void counts(StringBuilder html, String id, Map<MessageStatus, Long> counts) {
        html.append("<table id=\"").append(id).append("\">\n");
        long total = 0;
        for (Map.Entry<MessageStatus, Long> count : counts.entrySet()) {
            total += count.getValue();
            html.append("<tr><th>").append(count.getKey().name()).append("</th><td class=\"n\">")
                    .append(count.getValue()).append("</td></tr>\n");
        }
        html.append("<tr><th>all</th><td class=\"n\">").append(total).append("</td></tr>\n</table>\n");
    }

    static String render(Installation.Facts facts, String odooUrl, String odooDescription, boolean emulator,
            OdooConnection.Probe probe, Map<MessageStatus, Long> received, Map<MessageStatus, Long> sent) {
        StringBuilder html = new StringBuilder(4096);
        html.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>TradeHub</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:52rem;padding:0 1rem;color:#1d2733}
                h1{margin-bottom:.2rem} .sub{color:#5b6877;margin-top:0}
                table{border-collapse:collapse;margin:.5rem 0 1.5rem} td,th{padding:.3rem .9rem .3rem 0;text-align:left;vertical-align:top}
                th{color:#5b6877;font-weight:600;white-space:nowrap} td.n{text-align:right;font-variant-numeric:tabular-nums}
                .warn{background:#fff4d6;border:1px solid #e5c46b;padding:.5rem .8rem;border-radius:4px}
                .ok{color:#1f7a3a} .bad{color:#b42318} code{background:#f1f3f5;padding:0 .25rem}
                </style></head><body>
                <h1>TradeHub</h1>
                <p class="sub">Integration hub between trading partners and Odoo</p>
                """);
        if (emulator) {
            html.append("<p class=\"warn\" id=\"emulator\">Orders go to the <strong>Odoo emulator</strong> with demo"
                    + " data, not to a real Odoo. Set <code>tradehub.odoo.url</code> to use yours.</p>\n");
        }
        html.append("<h2>What is running</h2>\n<table id=\"running\">\n");
        row(html, "Profile", facts.profile());
        row(html, "Database", facts.database());
        row(html, "Broker", facts.broker());
        row(html, "Data folder", facts.dataDir());
        html.append("<tr><th>Odoo</th><td>").append(escape(odooDescription)).append("<br><span class=\"")
                .append(probe.reachable() ? "ok\">reachable" : "bad\">not reachable").append("</span> (")
                .append(escape(probe.detail())).append(", ").append(probe.latencyMillis()).append(" ms)</td></tr>\n");
        html.append("</table>\n<h2>Messages received</h2>\n");
        counts(html, "messages", received);
        html.append("<h2>Documents sent to partners</h2>\n");
        counts(html, "sent", sent);
        html.append("<h2>Where to go</h2>\n<ul id=\"links\">\n");
        link(html, "/health", "Health", "liveness and readiness (database, broker, Odoo)");
        link(html, "/openapi", "OpenAPI", "the API's contract");
        link(html, "/api/v1/messages", "API", "the message log; send <code>Authorization: Bearer &lt;token&gt;</code>"
                + " (the token the launcher printed)");
        link(html, "/metrics", "Metrics", "Prometheus text");
        if (emulator) {
            link(html, odooUrl + "/emulator/sale-orders", "Emulator's sale orders", "what the Odoo emulator holds");
        }
        html.append("</ul>\n</body></html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    /** {@code what} is trusted markup of this class; the target is escaped. */
    private static void link(StringBuilder html, String href, String name, String what) {
        html.append("<li><a href=\"").append(escape(href)).append("\">").append(escape(name)).append("</a>: ")
                .append(what).append("</li>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

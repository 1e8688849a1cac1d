package dev.tradehub.odoo.emulator.http;

import com.sun.net.httpserver.HttpExchange;

import dev.tradehub.odoo.emulator.orm.Json;
import dev.tradehub.odoo.emulator.orm.OdooException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writing responses the way Odoo (werkzeug) does. */
public final class Responses {
    public static final String JSON = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    static final String NOT_FOUND_PAGE = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
            + "<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling"
            + " and try again.</p>\n";
    static final String NO_DATABASE_PAGE = "<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
            + "<p>No database is selected and the requested URL was not found in the server-wide controllers.</p>\n"
            + "<p>Please verify the hostname, <a href=/web/login>login</a> and try again.</p>\n\n"
            + "<!-- Alternatively, use the X-Odoo-Database header. -->\n";
    static final String CSRF_PAGE = "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n"
            + "<p>Session expired (invalid CSRF token)</p>\n";
    static final String UNAVAILABLE_PAGE = "<!doctype html>\n<html lang=en>\n<title>503 Service Unavailable</title>\n"
            + "<h1>Service Unavailable</h1>\n<p>The server is temporarily unable to service your request due to maintenance"
            + " downtime or capacity problems.  Please try again later.</p>\n";

    private Responses() {
    }

    public static String body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, JSON, Json.write(value));
    }

    /** The error object of JSON-2 and of JSON-RPC's {@code error.data}. */
    static Map<String, Object> errorData(OdooException e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", e.pythonName());
        data.put("message", e.getMessage());
        data.put("arguments", e.arguments());
        data.put("context", Map.of());
        data.put("debug", e.pythonName().equals("odoo.exceptions.AccessDenied")
                ? "odoo.exceptions.AccessDenied: Access Denied\n" : e.debugTrace());
        return data;
    }

    static Map<String, Object> version() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("server_version", "19.0");
        v.put("server_version_info", java.util.List.of(19, 0, 0, "final", 0, ""));
        v.put("server_serie", "19.0");
        v.put("protocol_version", 1);
        return v;
    }
}

package dev.tradehub.odoo.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.tradehub.odoo.emulator.orm.Env;
import dev.tradehub.odoo.emulator.orm.Json;
import dev.tradehub.odoo.emulator.orm.Method;
import dev.tradehub.odoo.emulator.orm.Model;
import dev.tradehub.odoo.emulator.orm.OdooException;
import dev.tradehub.odoo.emulator.orm.StandardMethods;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Odoo's routes: {@code /json/2/<model>/<method>}, {@code /jsonrpc}, and the version routes. Every model call of
 * both protocols (and JSON-RPC {@code common} calls) runs through {@link Backend#costed} once its arguments are bound,
 * so that the record count is known; a call that ends in an Odoo error costs as much (Odoo did the work and rolled
 * back). Calls rejected before binding (unknown model or method, bad credentials, bad arguments) and the version
 * routes cost nothing. The fault latency is slept before, without holding a worker.
 */
public final class OdooHandler implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(OdooHandler.class.getName());
    private static final String JSON2 = "/json/2/";
    private static final String DID_YOU_MEAN = "Did you mean POST /json/2/<model>/<method>?";

    private final Backend backend;

    public OdooHandler(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            boolean post = ex.getRequestMethod().equalsIgnoreCase("POST");
            if (backend.isDown()) {
                Responses.send(ex, 503, Responses.HTML, Responses.UNAVAILABLE_PAGE);
            } else if (path.equals("/web/version") || path.equals("/json/version")) {
                if (post) {
                    Responses.send(ex, 400, Responses.HTML, Responses.CSRF_PAGE);
                } else {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("version_info", List.of(19, 0, 0, "final", 0, ""));
                    v.put("version", "19.0");
                    Responses.json(ex, 200, v);
                }
            } else if (path.equals("/web/webclient/version_info") && post) {
                Object id = requestId(Responses.body(ex));
                Responses.json(ex, 200, rpcResult(id, Responses.version()));
            } else if (path.equals("/jsonrpc") && post) {
                jsonRpc(ex);
            } else if (path.startsWith(JSON2) || path.equals("/json/2")) {
                json2(ex, path, post);
            } else {
                Responses.send(ex, 404, Responses.HTML, Responses.NOT_FOUND_PAGE);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "emulator failure on " + ex.getRequestURI(), e);
            Responses.json(ex, 500, Responses.errorData(OdooException.internal(e)));
        } finally {
            ex.close();
        }
    }

    // ------------------------------------------------------------------ JSON-2

    private void json2(HttpExchange ex, String path, boolean post) throws IOException {
        String dbHeader = ex.getRequestHeaders().getFirst("X-Odoo-Database");
        if (dbHeader != null && !dbHeader.equals(backend.database().name())) {
            Responses.send(ex, 404, Responses.HTML, Responses.NO_DATABASE_PAGE);
            return;
        }
        try {
            String[] parts = path.length() > JSON2.length() ? path.substring(JSON2.length()).split("/") : new String[0];
            if (!post || parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw OdooException.notFound(DID_YOU_MEAN);
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
                throw OdooException.unauthorized("User not authenticated, use an API Key with a Bearer Authorization header.");
            }
            if (!auth.substring(7).trim().equals(backend.apiKey())) {
                throw OdooException.unauthorized("Invalid apikey");
            }
            String text = Responses.body(ex);
            Object parsed;
            try {
                parsed = text.isBlank() ? new LinkedHashMap<String, Object>() : Json.parse(text);
            } catch (IllegalArgumentException e) {
                throw OdooException.badRequest("could not parse the body as json: " + e.getMessage());
            }
            if (!(parsed instanceof Map)) {
                throw OdooException.badRequest("could not parse the body as json: expected a JSON object");
            }
            Map<String, Object> kwargs = new LinkedHashMap<>(StandardMethods.map(parsed));
            Method method = resolve(parts[0], parts[1], true);
            backend.count(parts[0], parts[1]);
            if (injectFaults(ex, parts[1], NO_RPC)) {
                return;
            }
            Object rawIds = kwargs.remove("ids");
            if (rawIds != null && !method.onRecords()) {
                throw OdooException.unprocessable("cannot call " + parts[0] + "." + parts[1] + " with ids");
            }
            Map<String, Object> bound = method.bind(List.of(), kwargs, true);
            List<Integer> ids = ids(rawIds);
            Object result = backend.costed(parts[0], parts[1], ids, bound,
                    () -> call(method, ids, bound, kwargs.get("context")));
            Responses.json(ex, 200, result);
        } catch (OdooException e) {
            Responses.json(ex, e.httpStatus(), Responses.errorData(e));
        }
    }

    private Method resolve(String modelName, String methodName, boolean json2) {
        Model model = backend.database().model(modelName);
        if (model == null) {
            throw json2 ? OdooException.notFound("the model '" + modelName + "' does not exist")
                    : OdooException.userError("Object " + modelName + " doesn't exist");
        }
        if (methodName.startsWith("_")) {
            throw OdooException.accessError("Private methods (such as '" + modelName + "." + methodName
                    + "') cannot be called remotely.");
        }
        Method method = model.method(methodName);
        if (method == null) {
            String message = "The method '" + modelName + "." + methodName + "' does not exist";
            throw json2 ? OdooException.notFound(message) : OdooException.attributeError(message);
        }
        return method;
    }

    private Object call(Method method, List<Integer> ids, Map<String, Object> bound, Object context) {
        Map<String, Object> ctx = context instanceof Map ? StandardMethods.map(context) : Map.of();
        try {
            return Env.run(backend.database(), backend.uid(), ctx, method.readOnly(),
                    env -> method.impl().call(env, ids, bound));
        } catch (ClassCastException | IndexOutOfBoundsException | NullPointerException | NumberFormatException e) {
            throw OdooException.valueError("Invalid arguments for " + method.qualname() + ": " + e.getMessage());
        }
    }

    private static List<Integer> ids(Object raw) {
        List<Integer> ids = new ArrayList<>();
        if (raw instanceof Number n) {
            ids.add(n.intValue());
        } else if (raw instanceof List<?> l) {
            for (Object o : l) {
                if (!(o instanceof Number n)) {
                    throw OdooException.valueError("Invalid ids " + l);
                }
                ids.add(n.intValue());
            }
        }
        return ids;
    }

    /** Sleeps for the configured latency; answers an injected error and returns true when the dice say so. */
    private boolean injectFaults(HttpExchange ex, String method, Object rpcId) throws IOException {
        Duration d = backend.latency(method);
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!backend.injectError()) {
            return false;
        }
        if (!backend.serverErrorMode()) {
            Responses.send(ex, 503, Responses.HTML, Responses.UNAVAILABLE_PAGE);
        } else if (rpcId == NO_RPC) {
            OdooException e = OdooException.injectedServerError();
            Responses.json(ex, 500, Responses.errorData(e));
        } else {
            Responses.json(ex, 200, rpcError(rpcId, OdooException.injectedServerError()));
        }
        return true;
    }

    private static final Object NO_RPC = new Object();

    // ------------------------------------------------------------------ JSON-RPC

    private void jsonRpc(HttpExchange ex) throws IOException {
        Object id = null;
        try {
            Object parsed;
            try {
                parsed = Json.parse(Responses.body(ex));
            } catch (IllegalArgumentException e) {
                throw OdooException.badRequest("Invalid JSON data: " + e.getMessage());
            }
            Map<String, Object> body = StandardMethods.map(parsed);
            id = body.get("id");
            Map<String, Object> params = StandardMethods.map(body.get("params"));
            String service = String.valueOf(params.get("service"));
            String method = String.valueOf(params.get("method"));
            List<?> args = params.get("args") instanceof List<?> l ? l : List.of();
            Object result = switch (service) {
                case "common" -> common(ex, id, method, args);
                case "object" -> object(ex, id, method, args);
                case "db" -> db(method);
                default -> throw OdooException.keyError(service);
            };
            if (result != INJECTED) {
                Responses.json(ex, 200, rpcResult(id, result));
            }
        } catch (OdooException e) {
            Responses.json(ex, 200, rpcError(id, e));
        }
    }

    private static final Object INJECTED = new Object();

    private Object common(HttpExchange ex, Object id, String method, List<?> args) throws IOException {
        backend.count("common", method);
        if (injectFaults(ex, method, id)) {
            return INJECTED;
        }
        switch (method) {
            case "version":
                return backend.costed("common", method, List.of(), Map.of(), Responses::version);
            case "login":
            case "authenticate":
                return backend.costed("common", method, List.of(), Map.of(), () -> {
                    boolean ok = args.size() >= 3 && backend.database().name().equals(args.get(0))
                            && backend.login().equals(args.get(1)) && secretMatches(args.get(2));
                    return ok ? (Object) backend.uid() : Boolean.FALSE;
                });
            default:
                throw OdooException.keyError("exp_" + method);
        }
    }

    private Object db(String method) {
        switch (method) {
            case "list":
                return List.of(backend.database().name());
            case "server_version":
                return "19.0";
            default:
                throw OdooException.keyError("exp_" + method);
        }
    }

    private boolean secretMatches(Object secret) {
        return backend.password().equals(secret) || backend.apiKey().equals(secret);
    }

    private Object object(HttpExchange ex, Object id, String method, List<?> args) throws IOException {
        if (!method.equals("execute_kw") && !method.equals("execute")) {
            throw OdooException.keyError("exp_" + method);
        }
        if (args.size() < 5) {
            throw OdooException.typeError("execute_kw() missing required positional arguments");
        }
        if (!backend.database().name().equals(args.get(0))) {
            throw OdooException.databaseMissing(String.valueOf(args.get(0)));
        }
        if (!(args.get(1) instanceof Number uid) || uid.intValue() != backend.uid() || !secretMatches(args.get(2))) {
            throw OdooException.accessDenied();
        }
        String modelName = String.valueOf(args.get(3));
        String methodName = String.valueOf(args.get(4));
        Method m = resolve(modelName, methodName, false);
        backend.count(modelName, methodName);
        if (injectFaults(ex, methodName, id)) {
            return INJECTED;
        }
        List<Object> positional;
        Map<String, Object> kwargs;
        if (method.equals("execute_kw")) {
            positional = args.size() > 5 && args.get(5) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            kwargs = args.size() > 6 ? new LinkedHashMap<>(StandardMethods.map(args.get(6))) : new LinkedHashMap<>();
        } else {
            positional = new ArrayList<>(args.subList(5, args.size()));
            kwargs = new LinkedHashMap<>();
        }
        List<Integer> ids = List.of();
        if (m.onRecords()) {
            if (positional.isEmpty()) {
                throw OdooException.typeError(m.qualname() + "() missing 1 required positional argument: 'self'");
            }
            ids = ids(positional.remove(0));
        }
        Map<String, Object> bound = m.bind(positional, kwargs, false);
        List<Integer> recordIds = ids;
        Object result = backend.costed(modelName, methodName, recordIds, bound,
                () -> call(m, recordIds, bound, kwargs.get("context")));
        if (methodName.equals("create") && bound.get("vals_list") instanceof Map && result instanceof List<?> l && l.size() == 1) {
            return l.get(0);
        }
        return result;
    }

    private static Object requestId(String body) {
        try {
            Object parsed = Json.parse(body);
            return parsed instanceof Map<?, ?> m ? m.get("id") : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Object> rpcResult(Object id, Object result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jsonrpc", "2.0");
        out.put("id", id);
        out.put("result", result);
        return out;
    }

    private static Map<String, Object> rpcError(Object id, OdooException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.jsonRpcCode());
        error.put("message", "Odoo Server Error");
        error.put("data", Responses.errorData(e));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jsonrpc", "2.0");
        out.put("id", id);
        out.put("error", error);
        return out;
    }
}

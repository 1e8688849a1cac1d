package dev.tradehub.odoo.emulator.orm;

import java.util.List;

/** An exception as Odoo reports it: the Python class name, the message, and the HTTP status JSON-2 uses. */
public final class OdooException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonName;
    private final int httpStatus;
    private final boolean werkzeug;

    private OdooException(String pythonName, String message, int httpStatus, boolean werkzeug) {
        super(message, null, false, false);
        this.pythonName = pythonName;
        this.httpStatus = httpStatus;
        this.werkzeug = werkzeug;
    }

    public String pythonName() {
        return pythonName;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** JSON-RPC error code: 404 for NotFound, 0 otherwise. */
    public int jsonRpcCode() {
        return httpStatus == 404 && werkzeug ? 404 : 0;
    }

    /** The {@code arguments} member: {@code [message, status]} for werkzeug errors, {@code [message]} otherwise. */
    public List<Object> arguments() {
        return werkzeug ? List.of(getMessage(), httpStatus) : List.of(getMessage());
    }

    public static OdooException valueError(String message) {
        return new OdooException("builtins.ValueError", message, 500, false);
    }

    public static OdooException keyError(String message) {
        return new OdooException("builtins.KeyError", message, 500, false);
    }

    public static OdooException typeError(String message) {
        return new OdooException("builtins.TypeError", message, 500, false);
    }

    public static OdooException attributeError(String message) {
        return new OdooException("builtins.AttributeError", message, 500, false);
    }

    public static OdooException accessError(String message) {
        return new OdooException("odoo.exceptions.AccessError", message, 403, false);
    }

    public static OdooException accessDenied() {
        return new OdooException("odoo.exceptions.AccessDenied", "Access Denied", 403, false);
    }

    public static OdooException missingError(String model, List<Integer> ids, int uid) {
        return new OdooException("odoo.exceptions.MissingError",
                "Record does not exist or has been deleted.\n(Record: " + model + PyRepr.tuple(ids) + ", User: " + uid + ")",
                404, false);
    }

    public static OdooException userError(String message) {
        return new OdooException("odoo.exceptions.UserError", message, 422, false);
    }

    public static OdooException validationError(String message) {
        return new OdooException("odoo.exceptions.ValidationError", message, 422, false);
    }

    public static OdooException notFound(String message) {
        return new OdooException("werkzeug.exceptions.NotFound", message, 404, true);
    }

    public static OdooException unauthorized(String message) {
        return new OdooException("werkzeug.exceptions.Unauthorized", message, 401, true);
    }

    public static OdooException unprocessable(String message) {
        return new OdooException("werkzeug.exceptions.UnprocessableEntity", message, 422, true);
    }

    public static OdooException badRequest(String message) {
        return new OdooException("werkzeug.exceptions.BadRequest", message, 400, true);
    }

    /** The database named in an RPC call does not exist (what psycopg2 reports). */
    public static OdooException databaseMissing(String db) {
        return new OdooException("psycopg2.OperationalError", "connection to server failed: FATAL:  database \"" + db
                + "\" does not exist\n", 500, false);
    }

    /** Any other failure inside the emulator, reported like a Python exception. */
    public static OdooException internal(RuntimeException e) {
        return new OdooException("builtins.RuntimeError", String.valueOf(e), 500, false);
    }

    /** A server-side failure injected by the fault rules (a lost database connection, as Odoo would report it). */
    public static OdooException injectedServerError() {
        return new OdooException("psycopg2.OperationalError",
                "server closed the connection unexpectedly (injected by the Odoo emulator)", 500, false);
    }

    /** A fake but well-formed Python traceback for the {@code debug} member. */
    public String debugTrace() {
        String shortName = pythonName.startsWith("builtins.") ? pythonName.substring(9) : pythonName;
        return "Traceback (most recent call last):\n"
                + "  File \"{ODOO_ROOT}/odoo/http.py\", line 2298, in _serve_db\n"
                + "    return service_model.retrying(serve_func, env=self.env)\n"
                + "  File \"{EMULATOR}\", line 1, in dispatch\n"
                + shortName + ": " + getMessage() + "\n";
    }
}

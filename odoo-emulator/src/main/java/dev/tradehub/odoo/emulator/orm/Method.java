package dev.tradehub.odoo.emulator.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A public method of a model: whether it works on records ({@code ids}), its Python parameter names (for
 * positional JSON-RPC arguments), whether it accepts extra keyword arguments, and its implementation.
 */
public record Method(String name, boolean onRecords, boolean readOnly, List<String> params, String qualname,
        boolean forwardsKwargs, Impl impl) {

    @FunctionalInterface
    public interface Impl {
        Object call(Env env, List<Integer> ids, Map<String, Object> kwargs);
    }

    /**
     * Binds positional and keyword arguments to parameter names the way Python would.
     *
     * @param strictKwargs JSON-2 rejects unknown keyword arguments of methods without {@code **kwargs} with 422.
     */
    public Map<String, Object> bind(List<Object> positional, Map<String, Object> kwargs, boolean strictKwargs) {
        Map<String, Object> bound = new LinkedHashMap<>();
        if (positional.size() > params.size()) {
            throw OdooException.typeError(qualname + "() takes " + (params.size() + 1) + " positional arguments but "
                    + (positional.size() + 1) + " were given");
        }
        for (int i = 0; i < positional.size(); i++) {
            bound.put(params.get(i), positional.get(i));
        }
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            String k = e.getKey();
            if (k.equals("context")) {
                continue;
            }
            if (!params.contains(k)) {
                unknown.add(k);
                continue;
            }
            if (bound.containsKey(k)) {
                throw OdooException.typeError(qualname + "() got multiple values for argument '" + k + "'");
            }
            bound.put(k, e.getValue());
        }
        if (!unknown.isEmpty()) {
            String first = unknown.get(0);
            if (forwardsKwargs) {
                throw OdooException.typeError("BaseModel._read_format() got an unexpected keyword argument '" + first + "'");
            }
            String message = qualname + "() got an unexpected keyword argument '" + first + "'";
            throw strictKwargs ? OdooException.unprocessable(message) : OdooException.typeError(message);
        }
        return bound;
    }
}

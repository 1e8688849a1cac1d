package dev.tradehub.web.security;

import dev.tradehub.access.Caller;
import dev.tradehub.web.api.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * Lets a call through only if its caller holds the role the resource method asks for ({@link Allowed}); a partner's
 * token only where the method says it may come. A method that says nothing is refused: a new endpoint is closed
 * until someone decides who may call it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorization implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(ApiAuthorization.class.getName());

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (type == null || method == null || type.isAnnotationPresent(OdooWebhook.class)) {
            return; // no resource matched (JAX-RS answers 404/405 itself), or Odoo's webhook (its own secret)
        }
        Allowed allowed = required(type, method);
        Caller caller = CallerPrincipal.of(request.getSecurityContext());
        if (allowed == null) {
            LOG.warning(() -> "Refused " + type.getSimpleName() + "." + method.getName()
                    + ": it does not say who may call it (@Allowed)");
            request.abortWith(forbidden("This endpoint is closed"));
        } else if (caller.partner().isPresent() ? !allowed.partnerScoped() : !caller.has(allowed.value())) {
            request.abortWith(forbidden(caller.partner().isPresent()
                    ? "A partner's token may not call this endpoint"
                    : "This needs the role " + allowed.value() + " or higher"));
        }
    }

    /** The method's {@link Allowed}, or its class's. */
    public static Allowed required(Class<?> type, Method method) {
        Allowed onMethod = method.getAnnotation(Allowed.class);
        return onMethod != null ? onMethod : type.getAnnotation(Allowed.class);
    }

    private static Response forbidden(String message) {
        return ApiError.response(Response.Status.FORBIDDEN, "FORBIDDEN", message);
    }
}

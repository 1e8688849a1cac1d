package dev.tradehub.web.api;

import dev.tradehub.access.InvalidAccessChange;
import dev.tradehub.access.PortalUserView;
import dev.tradehub.access.PortalUsers;
import dev.tradehub.access.Role;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.CallerPrincipal;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The portal's users: list, create, change role or enabled, set a password. ADMIN only. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class UsersResource {

    /** A new user, or (without username and password) a change of role and enabled. */
    public record UserRequest(String username, String role, String password, Boolean enabled) {
    }

    /** A new password. */
    public record PasswordRequest(String password) {
    }

    @EJB
    private PortalUsers users;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Every portal user (never a password hash)")
    public List<PortalUserView> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One portal user")
    public Response get(@PathParam("username") String username) {
        return users.find(username).map(user -> Response.ok(user).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "NOT_FOUND", "No user " + username));
    }

    @POST
    @Operation(summary = "Create a user with a role and a password of at least 12 characters")
    public Response create(UserRequest wanted) {
        if (wanted == null) {
            throw new InvalidAccessChange("Send {\"username\": ..., \"role\": ..., \"password\": ...}");
        }
        PortalUserView created = users.create(wanted.username(), role(wanted.role()), wanted.password(),
                CallerPrincipal.actor(security, request));
        return Response.created(URI.create("/api/v1/users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change a user's role and whether the account is enabled (enabling lifts a sign-in lock)")
    public PortalUserView update(@PathParam("username") String username, UserRequest wanted) {
        if (wanted == null || wanted.enabled() == null) {
            throw new InvalidAccessChange("Send {\"role\": ..., \"enabled\": true|false}");
        }
        return users.update(username, role(wanted.role()), wanted.enabled(), CallerPrincipal.actor(security, request));
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Set a user's password (at least 12 characters)")
    public Response changePassword(@PathParam("username") String username, PasswordRequest wanted) {
        users.changePassword(username, wanted == null ? null : wanted.password(), CallerPrincipal.actor(security, request));
        return Response.noContent().build();
    }

    private static Role role(String name) {
        return Role.named(name).orElseThrow(() -> new InvalidAccessChange(
                "No role " + name + ": VIEWER, OPERATOR, ENGINEER or ADMIN"));
    }
}

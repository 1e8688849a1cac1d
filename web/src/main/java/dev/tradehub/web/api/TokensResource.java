package dev.tradehub.web.api;

import dev.tradehub.access.ApiTokenRegistry;
import dev.tradehub.access.InvalidAccessChange;
import dev.tradehub.access.IssuedToken;
import dev.tradehub.access.Role;
import dev.tradehub.access.TokenView;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.CallerPrincipal;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** API tokens: issue (the secret is in this one answer), list, rotate with a grace period, revoke. ADMIN only. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class TokensResource {

    /**
     * What a new token is for: an owner, and either a role or a partner.
     *
     * @param expiresAt an ISO-8601 instant, or null for a token that does not expire
     */
    public record TokenRequest(String owner, String role, String partner, String expiresAt) {
    }

    @EJB
    private ApiTokenRegistry tokens;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "Every token (never a secret), newest first")
    public List<TokenView> list() {
        return tokens.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token with a role or for one partner; its secret is shown in this answer only")
    public Response issue(TokenRequest wanted) {
        if (wanted == null) {
            throw new InvalidAccessChange("Send {\"owner\": ..., \"role\": ... or \"partner\": ..., \"expiresAt\": ...}");
        }
        Optional<Role> role = Optional.ofNullable(Paging.blankToNull(wanted.role())).map(name -> Role.named(name)
                .orElseThrow(() -> new InvalidAccessChange("No role " + name + ": VIEWER, OPERATOR, ENGINEER, ADMIN")));
        IssuedToken issued = tokens.issue(wanted.owner(), role, Optional.ofNullable(Paging.blankToNull(wanted.partner())),
                expiry(wanted.expiresAt()), CallerPrincipal.actor(security, request));
        return created(issued);
    }

    @POST
    @Path("{id}/rotate")
    @Operation(summary = "A new token with the same owner and scope; the old one works for graceHours more")
    public Response rotate(@PathParam("id") long id, @QueryParam("graceHours") @DefaultValue("24") long graceHours) {
        return created(tokens.rotate(id, Duration.ofHours(graceHours), CallerPrincipal.actor(security, request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token: it stops working at once")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id, CallerPrincipal.actor(security, request));
        return Response.noContent().build();
    }

    private static Response created(IssuedToken issued) {
        return Response.created(URI.create("/api/v1/tokens/" + issued.token().id()))
                .header("Cache-Control", "no-store")
                .entity(new Issued(issued.secret(), issued.token())).build();
    }

    /** The answer of an issue or a rotation: the secret, once. */
    public record Issued(String secret, TokenView token) {
    }

    private static Optional<Instant> expiry(String expiresAt) {
        String value = Paging.blankToNull(expiresAt);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidAccessChange("expiresAt must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
        }
    }
}

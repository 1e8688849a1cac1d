package dev.tradehub.web.portal.access;

import dev.tradehub.access.ApiTokenRegistry;
import dev.tradehub.access.InvalidAccessChange;
import dev.tradehub.access.IssuedToken;
import dev.tradehub.access.Role;
import dev.tradehub.access.TokenView;
import dev.tradehub.web.portal.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * API tokens: issue one (with a role, or scoped to one partner), rotate (the old one keeps working for a grace
 * period), revoke. A new token's secret is shown once, on this page, right after it is made; it is never stored in
 * the view beyond the next action.
 */
@Named
@ViewScoped
public class TokenAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ApiTokenRegistry tokens;

    @Inject
    private CurrentUser user;

    private List<TokenView> list;
    private String owner;
    /** A role name, or {@code PARTNER} for a partner-scoped token. */
    private String scope = Role.OPERATOR.name();
    private String partnerCode;
    private LocalDate expiresOn;
    private int graceHours = 24;
    private String shownSecret;
    private String shownFor;

    public List<TokenView> getList() {
        if (list == null) {
            list = tokens.list();
        }
        return list;
    }

    public void issue() {
        shownSecret = null;
        if (!user.permits(Role.ADMIN, "issue API tokens")) {
            return;
        }
        try {
            boolean partnerScoped = "PARTNER".equals(scope);
            IssuedToken issued = tokens.issue(owner, partnerScoped ? Optional.empty() : Role.named(scope),
                    partnerScoped ? Optional.ofNullable(partnerCode).filter(code -> !code.isBlank()) : Optional.empty(),
                    Optional.ofNullable(expiresOn).map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                    user.actor());
            show(issued, "Token issued for " + owner);
            owner = null;
            partnerCode = null;
            expiresOn = null;
        } catch (InvalidAccessChange refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        list = null;
    }

    public void rotate(TokenView token) {
        shownSecret = null;
        if (!user.permits(Role.ADMIN, "rotate API tokens")) {
            return;
        }
        try {
            show(tokens.rotate(token.id(), Duration.ofHours(graceHours), user.actor()),
                    "Token " + token.prefix() + " rotated; the old one works for " + graceHours + " h more");
        } catch (InvalidAccessChange refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        list = null;
    }

    public void revoke(TokenView token) {
        shownSecret = null;
        if (!user.permits(Role.ADMIN, "revoke API tokens")) {
            return;
        }
        try {
            tokens.revoke(token.id(), user.actor());
            Messages.addGlobalInfo("Token {0} revoked.", token.prefix());
        } catch (InvalidAccessChange refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        list = null;
    }

    private void show(IssuedToken issued, String what) {
        shownSecret = issued.secret();
        shownFor = what;
    }

    /** The secret of the token just made, once: reading it forgets it, so a re-render cannot show it again. */
    public String takeSecret() {
        String secret = shownSecret;
        shownSecret = null;
        return secret;
    }

    public boolean isSecretToShow() {
        return shownSecret != null;
    }

    public boolean active(TokenView token) {
        return token.activeAt(LocalDateTime.now(Clock.systemUTC()));
    }

    public String getShownFor() {
        return shownFor;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public void setPartnerCode(String partnerCode) {
        this.partnerCode = partnerCode;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public int getGraceHours() {
        return graceHours;
    }

    public void setGraceHours(int graceHours) {
        this.graceHours = graceHours;
    }
}

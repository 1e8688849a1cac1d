package dev.tradehub.access;

import dev.tradehub.persistence.access.StoredApiToken;
import dev.tradehub.persistence.partner.Partner;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The API tokens kept in the database. A token is checked by the SHA-256 of its secret (one index lookup); its last
 * use is written at most once a minute, so that a busy token does not write on every request. Revocation and
 * expiry take effect at the next request: nothing is cached.
 */
@Stateless
public class ApiTokenRegistry {

    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final Duration LONGEST_GRACE = Duration.ofDays(30);

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Issues a token with a role or for one partner (exactly one of the two).
     *
     * @param expiresAt when it stops working; empty for never
     */
    public IssuedToken issue(String owner, Optional<Role> role, Optional<String> partnerCode,
            Optional<Instant> expiresAt, Actor by) {
        if (owner == null || owner.isBlank() || owner.length() > 120) {
            throw new InvalidAccessChange("A token needs an owner (who or what uses it), at most 120 characters");
        }
        if (role.isPresent() == partnerCode.filter(code -> !code.isBlank()).isPresent()) {
            throw new InvalidAccessChange("A token has either a role or a partner scope, exactly one");
        }
        String partner = partnerCode.map(String::trim).orElse(null);
        if (partner != null && entityManager.find(Partner.class, partner) == null) {
            throw new InvalidAccessChange("There is no partner " + partner);
        }
        LocalDateTime now = now();
        LocalDateTime expiry = expiresAt.map(instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC)).orElse(null);
        if (expiry != null && !expiry.isAfter(now)) {
            throw new InvalidAccessChange("A token's expiry must be in the future");
        }
        String secret = TokenSecrets.newSecret();
        StoredApiToken token = new StoredApiToken(TokenSecrets.hash(secret), TokenSecrets.prefix(secret), owner.trim(),
                role.map(Role::name).orElse(null), partner, now, by.name(), expiry);
        entityManager.persist(token);
        entityManager.flush();
        audit.record(by, AuditAction.TOKEN_ISSUED, subject(token), null, describe(token));
        return new IssuedToken(secret, view(token));
    }

    public List<TokenView> list() {
        return entityManager.createQuery("SELECT t FROM StoredApiToken t ORDER BY t.createdAt DESC, t.id DESC",
                StoredApiToken.class).getResultList().stream().map(ApiTokenRegistry::view).toList();
    }

    /**
     * A new token with the same owner and scope; the old one keeps working for {@code grace} (zero: it stops now).
     */
    public IssuedToken rotate(long id, Duration grace, Actor by) {
        if (grace.isNegative() || grace.compareTo(LONGEST_GRACE) > 0) {
            throw new InvalidAccessChange("A grace period lasts from 0 to " + LONGEST_GRACE.toDays() + " days");
        }
        StoredApiToken old = existing(id);
        if (!view(old).activeAt(now())) {
            throw new InvalidAccessChange("Token " + old.getPrefix() + " is revoked or expired: issue a new one");
        }
        String before = describe(old);
        Optional<Instant> expiry = Optional.ofNullable(old.getExpiresAt())
                .filter(at -> at.isAfter(now().plus(grace))).map(at -> at.toInstant(ZoneOffset.UTC));
        IssuedToken successor = issue(old.getOwner(), Role.named(old.getRole()), Optional.ofNullable(old.getPartnerCode()),
                expiry, by);
        old.replacedBy(successor.token().id(), now().plus(grace));
        audit.record(by, AuditAction.TOKEN_ROTATED, subject(old), before, describe(old));
        return successor;
    }

    public void revoke(long id, Actor by) {
        StoredApiToken token = existing(id);
        if (token.getRevokedAt() != null) {
            return;
        }
        String before = describe(token);
        token.revoke(now());
        audit.record(by, AuditAction.TOKEN_REVOKED, subject(token), before, describe(token));
    }

    /** The caller a presented secret stands for, if it is a token that works now. */
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || !TokenSecrets.looksIssued(presented.trim())) {
            return Optional.empty();
        }
        List<StoredApiToken> found = entityManager.createQuery(
                        "SELECT t FROM StoredApiToken t WHERE t.secretHash = :hash", StoredApiToken.class)
                .setParameter("hash", TokenSecrets.hash(presented.trim())).getResultList();
        LocalDateTime now = now();
        Optional<StoredApiToken> token = found.stream().filter(t -> view(t).activeAt(now)).findFirst();
        token.filter(t -> t.getLastUsedAt() == null || t.getLastUsedAt().plus(LAST_USE_PRECISION).isBefore(now))
                .ifPresent(t -> t.used(now));
        return token.map(t -> t.getPartnerCode() != null
                ? Caller.forPartner(callerName(t), t.getPartnerCode())
                : Caller.withRole(callerName(t), Role.named(t.getRole()).orElse(Role.VIEWER)));
    }

    private StoredApiToken existing(long id) {
        StoredApiToken token = entityManager.find(StoredApiToken.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (token == null) {
            throw new InvalidAccessChange("There is no token " + id);
        }
        return token;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String callerName(StoredApiToken token) {
        return "token:" + token.getPrefix();
    }

    private static String subject(StoredApiToken token) {
        return "token " + token.getId() + " " + token.getPrefix() + " (" + token.getOwner() + ")";
    }

    private static String describe(StoredApiToken token) {
        return (token.getRole() != null ? "role=" + token.getRole() : "partner=" + token.getPartnerCode())
                + " expires=" + (token.getExpiresAt() == null ? "never" : token.getExpiresAt())
                + (token.getRevokedAt() == null ? "" : " revoked=" + token.getRevokedAt())
                + (token.getReplacedBy() == null ? "" : " replacedBy=" + token.getReplacedBy());
    }

    private static TokenView view(StoredApiToken t) {
        return new TokenView(t.getId(), t.getPrefix(), t.getOwner(), Role.named(t.getRole()).orElse(null),
                t.getPartnerCode(), t.getCreatedAt(), t.getCreatedBy(), t.getExpiresAt(), t.getLastUsedAt(),
                t.getRevokedAt(), t.getReplacedBy());
    }
}

package dev.tradehub.access;

import dev.tradehub.persistence.access.PortalUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The people who sign in to the portal. Passwords are kept as PBKDF2 hashes (the platform's
 * {@link Pbkdf2PasswordHash}); after {@code tradehub.security.login.max-failures} failed sign-ins in a row an account
 * refuses every sign-in, even a right one, for {@code tradehub.security.login.lock-minutes}. Every sign-in, failed
 * sign-in and change is audited.
 */
@Stateless
public class PortalUsers {

    private static final Logger LOG = Logger.getLogger(PortalUsers.class.getName());
    public static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    @PersistenceContext(unitName = "tradehub")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "tradehub.security.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "tradehub.security.login.lock-minutes", defaultValue = "15")
    private long lockMinutes;

    @Inject
    @ConfigProperty(name = "tradehub.admin.password")
    private Optional<String> adminPassword;

    private final Clock clock = Clock.systemUTC();
    /** A hash to verify against when the user does not exist, so that the answer takes as long either way. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "100000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = passwordHash.generate("decoy-password-never-used".toCharArray());
    }

    /**
     * The role of the user whose password this is, if the account is enabled and not locked. Audited either way.
     */
    public Optional<Role> authenticate(String username, String password, Actor from) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        PortalUser user = name.isEmpty() ? null
                : entityManager.find(PortalUser.class, name, LockModeType.PESSIMISTIC_WRITE);
        char[] presented = password == null ? new char[0] : password.toCharArray();
        boolean matches = passwordHash.verify(presented, user == null ? decoyHash : user.getPasswordHash());
        LocalDateTime now = LocalDateTime.now(clock);
        Actor who = new Actor(name.isEmpty() ? "(no username)" : name, from.address());
        if (user == null) {
            audit.record(who, AuditAction.LOGIN_FAILED, "user " + name, null, "unknown user");
            return Optional.empty();
        }
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
            audit.record(who, AuditAction.LOGIN_FAILED, "user " + name, null, "locked until " + user.getLockedUntil());
            return Optional.empty();
        }
        if (!matches || !user.isEnabled()) {
            boolean locks = user.getFailedLogins() + 1 >= maxFailures;
            user.failedLogin(locks ? now.plusMinutes(lockMinutes) : null);
            audit.record(who, AuditAction.LOGIN_FAILED, "user " + name, null, (user.isEnabled() ? "wrong password"
                    : "account disabled") + (locks ? "; locked for " + lockMinutes + " min" : ""));
            if (locks) {
                LOG.warning(() -> "alert=LOGIN_THROTTLED user " + name + " locked for " + lockMinutes + " min after "
                        + user.getFailedLogins() + " failed sign-ins (last from " + from.address() + ")");
            }
            return Optional.empty();
        }
        user.loggedIn(now);
        Role role = Role.named(user.getRole()).orElse(Role.VIEWER);
        audit.record(who, AuditAction.LOGIN, "user " + name, null, "role " + role);
        return Optional.of(role);
    }

    /** Records that a user signed out (or that the session ended by their choice). */
    public void signedOut(Actor who) {
        audit.record(who, AuditAction.LOGOUT, "user " + who.name(), null, null);
    }

    public List<PortalUserView> list() {
        return entityManager.createQuery("SELECT u FROM PortalUser u ORDER BY u.username", PortalUser.class)
                .getResultList().stream().map(PortalUsers::view).toList();
    }

    public Optional<PortalUserView> find(String username) {
        return Optional.ofNullable(entityManager.find(PortalUser.class, normalized(username))).map(PortalUsers::view);
    }

    public PortalUserView create(String username, Role role, String password, Actor by) {
        String name = normalized(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidAccessChange("A username has 2 to 64 characters: lower-case letters, digits, . _ @ -");
        }
        if (role == null) {
            throw new InvalidAccessChange("A user needs a role: VIEWER, OPERATOR, ENGINEER or ADMIN");
        }
        if (entityManager.find(PortalUser.class, name) != null) {
            throw new InvalidAccessChange("A user " + name + " exists already");
        }
        PortalUser user = new PortalUser(name, role.name(), hash(password), LocalDateTime.now(clock));
        entityManager.persist(user);
        audit.record(by, AuditAction.USER_CREATED, "user " + name, null, describe(user));
        return view(user);
    }

    /** Changes the role and whether the account is enabled; enabling also lifts a sign-in lock. */
    public PortalUserView update(String username, Role role, boolean enabled, Actor by) {
        PortalUser user = existing(username);
        String before = describe(user);
        if (role == null) {
            throw new InvalidAccessChange("A user needs a role: VIEWER, OPERATOR, ENGINEER or ADMIN");
        }
        boolean losesAdmin = Role.ADMIN.name().equals(user.getRole()) && (role != Role.ADMIN || !enabled);
        if (losesAdmin && enabledAdmins() <= 1) {
            throw new InvalidAccessChange("The last enabled ADMIN cannot lose the role or be disabled");
        }
        user.setRole(role.name());
        user.setEnabled(enabled);
        if (enabled) {
            user.unlock();
        }
        audit.record(by, AuditAction.USER_CHANGED, "user " + user.getUsername(), before, describe(user));
        return view(user);
    }

    public void changePassword(String username, String password, Actor by) {
        PortalUser user = existing(username);
        user.setPassword(hash(password), LocalDateTime.now(clock));
        audit.record(by, AuditAction.PASSWORD_CHANGED, "user " + user.getUsername(), null, null);
    }

    /**
     * Creates the first administrator when there is no user at all: with {@code tradehub.admin.password}, or a
     * generated password printed once in the log.
     */
    public void ensureAdmin() {
        Long users = entityManager.createQuery("SELECT COUNT(u) FROM PortalUser u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        create(FIRST_ADMIN, Role.ADMIN, password, Actor.SYSTEM);
        String shown = password;
        LOG.warning(() -> generated
                ? "First start: the portal user '" + FIRST_ADMIN + "' has the password " + shown
                        + " (shown once; change it after signing in, or set tradehub.admin.password before the first start)"
                : "First start: the portal user '" + FIRST_ADMIN + "' has the password set in tradehub.admin.password");
    }

    private long enabledAdmins() {
        return entityManager.createQuery("SELECT COUNT(u) FROM PortalUser u WHERE u.role = :admin AND u.enabled = TRUE",
                Long.class).setParameter("admin", Role.ADMIN.name()).getSingleResult();
    }

    private PortalUser existing(String username) {
        PortalUser user = entityManager.find(PortalUser.class, normalized(username), LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new InvalidAccessChange("There is no user " + normalized(username));
        }
        return user;
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccessChange("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return passwordHash.generate(password.toCharArray());
    }

    private static String normalized(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String describe(PortalUser user) {
        return "role=" + user.getRole() + " enabled=" + user.isEnabled();
    }

    private static PortalUserView view(PortalUser user) {
        return new PortalUserView(user.getUsername(), Role.named(user.getRole()).orElse(Role.VIEWER),
                user.isEnabled(), user.getCreatedAt(), user.getPasswordSetAt(), user.getLastLoginAt(),
                user.getLockedUntil());
    }
}

package dev.tradehub.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.access.Actor;
import dev.tradehub.access.ApiTokenRegistry;
import dev.tradehub.access.AuditAction;
import dev.tradehub.access.AuditEntryView;
import dev.tradehub.access.AuditQuery;
import dev.tradehub.access.AuditTrail;
import dev.tradehub.access.Caller;
import dev.tradehub.access.InvalidAccessChange;
import dev.tradehub.access.IssuedToken;
import dev.tradehub.access.PortalUsers;
import dev.tradehub.access.Role;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Portal users, API tokens and the audit log with real transactions, JPA and the platform's PBKDF2. */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    private static final Actor ADMIN = new Actor("it-admin", "10.0.0.1");
    private static final Actor BROWSER = new Actor("anyone", "192.0.2.7");

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("tradehub-access.war");
    }

    @EJB
    private PortalUsers users;

    @EJB
    private ApiTokenRegistry tokens;

    @EJB
    private AuditTrail audit;

    @EJB
    private PartnerRegistry partners;

    @Test
    void theFirstStartCreatedAnAdministrator() {
        assertThat(users.find(PortalUsers.FIRST_ADMIN)).hasValueSatisfying(admin -> {
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.enabled()).isTrue();
        });
    }

    @Test
    void aUserSignsInWithItsPasswordAndEverySignInIsAudited() {
        String name = unique("olga");
        users.create(name, Role.OPERATOR, "correct horse battery", ADMIN);

        assertThat(users.authenticate(name.toUpperCase(), "correct horse battery", BROWSER)).contains(Role.OPERATOR);
        assertThat(users.authenticate(name, "wrong horse battery", BROWSER)).isEmpty();
        assertThat(users.authenticate("nobody-" + name, "correct horse battery", BROWSER)).isEmpty();

        List<AuditEntryView> entries = audit.search(new AuditQuery(name, null, null, null, null), 0, 10);
        assertThat(entries).extracting(AuditEntryView::action).containsExactly("LOGIN_FAILED", "LOGIN");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.address()).isEqualTo("192.0.2.7"));
        assertThat(audit.search(new AuditQuery(ADMIN.name(), AuditAction.USER_CREATED, name, null, null), 0, 1))
                .singleElement().satisfies(entry -> assertThat(entry.after()).contains("role=OPERATOR"));
        assertThat(audit.count(new AuditQuery("nobody-" + name, AuditAction.LOGIN_FAILED, null, null, null)))
                .isEqualTo(1);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorEnablesIt() {
        String name = unique("guessed");
        users.create(name, Role.VIEWER, "a very long password", ADMIN);
        for (int i = 0; i < 5; i++) {
            assertThat(users.authenticate(name, "guess " + i, BROWSER)).isEmpty();
        }
        assertThat(users.authenticate(name, "a very long password", BROWSER)).as("locked, even the right one")
                .isEmpty();
        assertThat(users.find(name).orElseThrow().lockedUntil()).isNotNull();

        users.update(name, Role.VIEWER, true, ADMIN);
        assertThat(users.authenticate(name, "a very long password", BROWSER)).contains(Role.VIEWER);

        users.update(name, Role.VIEWER, false, ADMIN);
        assertThat(users.authenticate(name, "a very long password", BROWSER)).as("disabled").isEmpty();
    }

    @Test
    void changesOfUsersAreChecked() {
        String name = unique("pat");
        assertThatThrownBy(() -> users.create(name, Role.VIEWER, "short", ADMIN))
                .isInstanceOf(InvalidAccessChange.class).hasMessageContaining("12 characters");
        assertThatThrownBy(() -> users.create("Bad Name!", Role.VIEWER, "a very long password", ADMIN))
                .isInstanceOf(InvalidAccessChange.class);
        users.create(name, Role.ENGINEER, "a very long password", ADMIN);
        assertThatThrownBy(() -> users.create(name, Role.VIEWER, "a very long password", ADMIN))
                .isInstanceOf(InvalidAccessChange.class).hasMessageContaining("exists");
        users.changePassword(name, "another long password", ADMIN);
        assertThat(users.authenticate(name, "a very long password", BROWSER)).isEmpty();
        assertThat(users.authenticate(name, "another long password", BROWSER)).contains(Role.ENGINEER);
    }

    @Test
    void aTokenStandsForItsRoleOrItsPartnerUntilRevokedOrExpired() {
        partners.save(new PartnerProfile("ACCESSIT", "Access Retail", "X12", List.of("004010"), "CUST-0001", true,
                List.of(new PartnerProfile.EnvelopeId("ZZ", "ACCESSIT")), List.of(), List.of(), List.of(), Map.of(),
                null, null, null, null, null, null, null), ADMIN);
        IssuedToken partner = tokens.issue("gateway", Optional.empty(), Optional.of("ACCESSIT"), Optional.empty(), ADMIN);
        assertThat(tokens.authenticate(partner.secret())).hasValueSatisfying(caller -> {
            assertThat(caller.partner()).contains("ACCESSIT");
            assertThat(caller.has(Role.VIEWER)).isFalse();
        });
        IssuedToken operator = tokens.issue("wms", Optional.of(Role.OPERATOR), Optional.empty(),
                Optional.of(Instant.now().plusSeconds(3600)), ADMIN);
        Caller caller = tokens.authenticate(operator.secret()).orElseThrow();
        assertThat(caller.has(Role.OPERATOR)).isTrue();
        assertThat(caller.has(Role.ENGINEER)).isFalse();
        assertThat(caller.name()).isEqualTo("token:" + operator.token().prefix());

        IssuedToken successor = tokens.rotate(operator.token().id(), Duration.ZERO, ADMIN);
        assertThat(tokens.authenticate(operator.secret())).as("rotated without grace").isEmpty();
        assertThat(tokens.authenticate(successor.secret())).isPresent();
        assertThat(successor.token().expiresAt()).as("the successor keeps the expiry").isNotNull();

        tokens.revoke(successor.token().id(), ADMIN);
        assertThat(tokens.authenticate(successor.secret())).isEmpty();
        assertThat(tokens.authenticate(partner.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.list()).noneSatisfy(view -> assertThat(view.toString()).contains(partner.secret()));
        assertThatThrownBy(() -> tokens.issue("expired", Optional.of(Role.VIEWER), Optional.empty(),
                Optional.of(Instant.now().minusSeconds(1)), ADMIN)).isInstanceOf(InvalidAccessChange.class);
    }

    private static String unique(String name) {
        return name + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}

package dev.tradehub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.access.Role;
import org.junit.jupiter.api.Test;

class PortalAuthenticationTest {

    @Test
    void theApiHealthMetricsAndOpenApiAreLeftToTheirOwnTokens() {
        assertThat(PortalAuthentication.outsideThePortal("/api/v1/messages")).isTrue();
        assertThat(PortalAuthentication.outsideThePortal("/api")).isTrue();
        assertThat(PortalAuthentication.outsideThePortal("/health/ready")).isTrue();
        assertThat(PortalAuthentication.outsideThePortal("/metrics")).isTrue();
        assertThat(PortalAuthentication.outsideThePortal("/openapi")).isTrue();
    }

    @Test
    void everyPortalPageGoesThroughTheLogin() {
        assertThat(PortalAuthentication.outsideThePortal("/")).isFalse();
        assertThat(PortalAuthentication.outsideThePortal("/index.xhtml")).isFalse();
        assertThat(PortalAuthentication.outsideThePortal("/messages/index.xhtml")).isFalse();
        assertThat(PortalAuthentication.outsideThePortal("/apiary.xhtml")).isFalse();
        assertThat(PortalAuthentication.outsideThePortal("/healthy.xhtml")).isFalse();
    }

    @Test
    void aUserIsInItsRoleAndEveryRoleBelowIt() {
        assertThat(PortalIdentityStore.groupsOf(Role.ENGINEER)).containsExactlyInAnyOrder("VIEWER", "OPERATOR", "ENGINEER");
        assertThat(PortalIdentityStore.groupsOf(Role.VIEWER)).containsExactly("VIEWER");
        assertThat(PortalIdentityStore.groupsOf(Role.ADMIN)).hasSize(4);
    }
}

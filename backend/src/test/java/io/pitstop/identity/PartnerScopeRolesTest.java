package io.pitstop.identity;

import io.pitstop.identity.service.PartnerScopeRoles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's granted scopes become roles of its identity, which {@code @RolesAllowed} names beside the staff roles:
 * the one way Pitstop says who may call what.
 */
class PartnerScopeRolesTest {

    private final PartnerScopeRoles augmentor = new PartnerScopeRoles();

    @Test
    void aPartnersGrantedScopesBecomeItsRolesAndNothingMore() {
        SecurityIdentity partner = augment(identity("pc_1", Role.PARTNER, "bookings:read repairs:read"));

        assertThat(partner.getRoles()).contains(Role.PARTNER_NAME, PartnerScopes.BOOKINGS_READ_ROLE, PartnerScopes.REPAIRS_READ_ROLE)
                .doesNotContain(PartnerScopes.BOOKINGS_WRITE_ROLE);
    }

    @Test
    void aScopeTheShopDoesNotKnowGrantsNothing() {
        SecurityIdentity partner = augment(identity("pc_1", Role.PARTNER, "everything bookings:write"));

        assertThat(partner.getRoles()).containsExactlyInAnyOrder(Role.PARTNER_NAME, PartnerScopes.BOOKINGS_WRITE_ROLE);
    }

    @Test
    void customersAndStaffAreGovernedByTheirRoleNotByScopes() {
        SecurityIdentity advisor = augment(identity("7b0c7a4e-0000-4000-8000-000000000001", Role.ADVISOR, "bookings:write"));

        assertThat(advisor.getRoles()).containsExactly(Role.ADVISOR_NAME);
    }

    private SecurityIdentity augment(SecurityIdentity identity) {
        return augmentor.augment(identity, null).await().indefinitely();
    }

    private static SecurityIdentity identity(String subject, Role role, String scope) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setStringListClaim("groups", role.name());
        claims.setClaim("scope", scope);
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRoles(Set.of(role.name())).build();
    }
}

package io.pitstop.identity;

import io.quarkus.security.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    @Test
    void partnerWithoutTheScopeIsForbidden() {
        Caller partner = new Caller("pc_1", Role.PARTNER, "CarPal", Set.of(PartnerScopes.BOOKINGS_READ));
        assertThatThrownBy(() -> partner.requireScopeIfPartner(PartnerScopes.BOOKINGS_WRITE))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void partnerWithTheScopeMayAct() {
        Caller partner = new Caller("pc_1", Role.PARTNER, "CarPal", Set.of(PartnerScopes.BOOKINGS_WRITE));
        assertThatCode(() -> partner.requireScopeIfPartner(PartnerScopes.BOOKINGS_WRITE)).doesNotThrowAnyException();
    }

    @Test
    void customersAndStaffAreNotGovernedByScopes() {
        Caller advisor = new Caller(UUID.randomUUID().toString(), Role.ADVISOR, "王芳", Set.of());
        assertThatCode(() -> advisor.requireScopeIfPartner(PartnerScopes.BOOKINGS_WRITE)).doesNotThrowAnyException();
    }
}

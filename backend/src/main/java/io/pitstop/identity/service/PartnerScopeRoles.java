package io.pitstop.identity.service;

import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A partner application's granted scopes become roles of its identity ({@code partner:repairs:read}), so an operation
 * that partners may use names the scope in its {@code @RolesAllowed} beside the staff roles: one way of saying who may
 * call what. Only scopes the shop knows become roles; customers and staff get nothing added.
 */
@ApplicationScoped
public class PartnerScopeRoles implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Role.PARTNER_NAME) || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = jwt.getClaim("scope");
        if (claim == null || claim.toString().isBlank()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (String scope : claim.toString().trim().split("\\s+")) {
            if (PartnerScopes.ALL.contains(scope)) {
                builder.addRole(PartnerScopes.ROLE_PREFIX + scope);
            }
        }
        return Uni.createFrom().item(builder.build());
    }
}

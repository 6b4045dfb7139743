package io.pitstop.identity;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Permission;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the OAuth2 scopes of a partner token into permissions, so that resources can declare
 * {@code @PermissionsAllowed(PartnerScopes.BOOKINGS_WRITE)}: a partner without the scope gets 403.
 */
@ApplicationScoped
public class ScopePermissions implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String scope = jwt.getClaim("scope");
        if (scope == null || scope.isBlank()) {
            return Uni.createFrom().item(identity);
        }
        List<Permission> granted = Arrays.stream(scope.split(" ")).map(ScopePermissions::permission).toList();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addPermissionChecker(required -> Uni.createFrom().item(granted.stream().anyMatch(g -> g.implies(required))))
                .build());
    }

    /** "bookings:write" is the permission "bookings" with the action "write", as @PermissionsAllowed reads it. */
    static Permission permission(String scope) {
        int colon = scope.indexOf(':');
        return colon < 0 ? new StringPermission(scope) : new StringPermission(scope.substring(0, colon), scope.substring(colon + 1));
    }
}

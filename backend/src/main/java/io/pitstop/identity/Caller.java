package io.pitstop.identity;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who is calling, read from a verified access token. Services take this, never the raw token. */
public record Caller(String subject, Role role, String name, Set<String> scopes) {

    public static Caller of(JsonWebToken jwt) {
        Role role = jwt.getGroups().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new io.quarkus.security.ForbiddenException("The token carries no role"));
        String scope = jwt.getClaim("scope");
        Set<String> scopes = scope == null || scope.isBlank() ? Set.of()
                : Arrays.stream(scope.split(" ")).collect(Collectors.toUnmodifiableSet());
        return new Caller(jwt.getSubject(), role, jwt.getClaim("name"), scopes);
    }

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    /** The account id; only meaningful for customers and staff. */
    public UUID accountId() {
        if (isPartner()) {
            throw new io.quarkus.security.ForbiddenException("Partner applications cannot do this: it needs an account");
        }
        return UUID.fromString(subject);
    }
}

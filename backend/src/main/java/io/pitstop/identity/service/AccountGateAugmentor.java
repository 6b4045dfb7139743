package io.pitstop.identity.service;

import io.pitstop.common.SessionRefused;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Puts {@link AccountGate} in front of every authenticated request: a refused holder is 401, whatever the token says. */
@ApplicationScoped
public class AccountGateAugmentor implements SecurityIdentityAugmentor {

    private final AccountGate gate;

    public AccountGateAugmentor(AccountGate gate) {
        this.gate = gate;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Object version = jwt.getClaim(TokenIssuer.VERSION_CLAIM);
        long v = version instanceof Number n ? n.longValue()
                : version instanceof jakarta.json.JsonNumber j ? j.longValue() : 0L;
        return gate.refusal(jwt.getSubject(), jwt.getGroups(), v).map(why -> {
            if (why != null) {
                throw SessionRefused.because(why);
            }
            return identity;
        });
    }
}

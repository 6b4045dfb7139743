package io.pitstop.identity.service;

import io.pitstop.common.AuthenticationException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.OAuthException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.MeView;
import io.pitstop.identity.PartnerClientCreated;
import io.pitstop.identity.PartnerClientRequest;
import io.pitstop.identity.PartnerClientView;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.pitstop.identity.TokenResponse;
import io.pitstop.identity.persistence.PartnerClient;
import io.pitstop.identity.persistence.PartnerClientRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.pitstop.live.LiveHub;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Third-party applications: registered by a manager, authenticated by OAuth2 client credentials. */
@ApplicationScoped
public class PartnerClientService {

    private final PartnerClientRepository clients;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final LiveHub live;
    private final AccountGate gate;

    public PartnerClientService(PartnerClientRepository clients, TokenIssuer issuer, Clock clock, LiveHub live, AccountGate gate) {
        this.clients = clients;
        this.issuer = issuer;
        this.clock = clock;
        this.live = live;
        this.gate = gate;
    }

    @WithTransaction
    public Uni<PartnerClientCreated> register(Caller manager, PartnerClientRequest req) {
        for (String scope : req.scopes()) {
            if (!PartnerScopes.ALL.contains(scope)) {
                throw new InvalidInputException("scopes", Detail.of("problem.identity.unknown-scope",
                        Map.of("scope", scope, "known", String.join(", ", PartnerScopes.ALL))));
            }
        }
        String secret = SecretTokens.newSecret();
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.clientId = SecretTokens.newClientId();
        client.name = req.name().strip();
        client.secretHash = SecretTokens.sha256(secret);
        client.scopes = String.join(" ", ordered(req.scopes()));
        client.createdAt = clock.instant();
        client.createdBy = manager.accountId();
        return clients.persistAndFlush(client)
                .map(c -> new PartnerClientCreated(c.clientId, secret, c.name, List.copyOf(c.scopeSet())));
    }

    @WithTransaction
    public Uni<List<PartnerClientView>> list() {
        return clients.listByName().map(list -> list.stream().map(PartnerClientService::view).toList());
    }

    /** It gets no new tokens, and the ones it holds are refused at once, on every instance, when this commits. */
    public Uni<PartnerClientView> revoke(String clientId) {
        return Panache.withTransaction(() -> clients.findByClientId(clientId).chain(c -> {
            if (c == null) {
                throw new NotFoundException("partner-client", clientId);
            }
            c.active = false;
            return live.publish(AccountGate.PARTNERS, c.clientId).replaceWith(view(c));
        })).invoke(v -> gate.forgetPartner(v.clientId()));
    }

    /** RFC 6749 section 4.4: the client-credentials grant. */
    @WithTransaction
    public Uni<TokenResponse> token(String grantType, String clientId, String clientSecret, String scope) {
        if (grantType == null || grantType.isBlank()) {
            throw new OAuthException("invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new OAuthException("unsupported_grant_type", "Only the client_credentials grant is supported");
        }
        if (clientId == null || clientSecret == null || clientId.isBlank() || clientSecret.isBlank()) {
            throw new AuthenticationException("Client authentication failed", "invalid_client");
        }
        return clients.findByClientId(clientId).map(client -> {
            if (client == null || !client.active || !SecretTokens.sameHash(clientSecret, client.secretHash)) {
                throw new AuthenticationException("Client authentication failed", "invalid_client");
            }
            Set<String> granted = client.scopeSet();
            Set<String> requested = scope == null || scope.isBlank() ? granted
                    : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
            for (String s : requested) {
                if (!granted.contains(s)) {
                    throw new OAuthException("invalid_scope", "Scope '" + s + "' is not granted to this client");
                }
            }
            TokenIssuer.Issued issued = issuer.forPartner(client.clientId, client.name, requested);
            return new TokenResponse(issued.token(), "Bearer", issued.expiresIn(), String.join(" ", requested));
        });
    }

    @WithTransaction
    public Uni<MeView> me(Caller partner) {
        return clients.findByClientId(partner.subject()).map(client -> {
            if (client == null || !client.active) {
                throw new AuthenticationException("The partner client is no longer active");
            }
            return new MeView(client.clientId, client.name, null, Role.PARTNER, ordered(partner.scopes()));
        });
    }

    private static List<String> ordered(Set<String> scopes) {
        List<String> list = new ArrayList<>(scopes);
        list.sort(null);
        return list;
    }

    static PartnerClientView view(PartnerClient c) {
        return new PartnerClientView(c.clientId, c.name, ordered(c.scopeSet()), c.active, c.createdAt);
    }
}

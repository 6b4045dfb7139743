package io.pitstop.identity.service;

import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The first manager of a real deployment: managers create every other account, so somebody has to exist first.
 * Given PITSTOP_BOOTSTRAP_MANAGER_PHONE and _PASSWORD, it is created at start-up when no active manager exists.
 */
@ApplicationScoped
public class BootstrapManager {

    private static final Logger LOG = Logger.getLogger(BootstrapManager.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Optional<String> phone;
    private final Optional<String> password;
    private final String name;

    public BootstrapManager(AccountRepository accounts, PasswordHasher hasher, Clock clock,
                            @ConfigProperty(name = "pitstop.bootstrap.manager-phone") Optional<String> phone,
                            @ConfigProperty(name = "pitstop.bootstrap.manager-password") Optional<String> password,
                            @ConfigProperty(name = "pitstop.bootstrap.manager-name", defaultValue = "Manager") String name) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.phone = phone;
        this.password = password;
        this.name = name;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (phone.isEmpty() || password.isEmpty()) {
            return;
        }
        String normalized = Phones.normalize(phone.get())
                .orElseThrow(() -> new IllegalStateException("PITSTOP_BOOTSTRAP_MANAGER_PHONE is not a valid phone number"));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> accounts.countActive(Role.MANAGER)
                .chain(count -> count > 0 ? Uni.createFrom().voidItem()
                        : accounts.findByPhone(normalized).chain(existing -> {
                            if (existing != null) {
                                LOG.warnf("Bootstrap manager %s not created: the phone number belongs to an existing account", normalized);
                                return Uni.createFrom().voidItem();
                            }
                            return hasher.hash(password.get()).chain(hash -> {
                                Account account = new Account();
                                account.id = UUID.randomUUID();
                                account.phone = normalized;
                                account.name = name;
                                account.role = Role.MANAGER;
                                account.passwordHash = hash;
                                account.createdAt = clock.instant();
                                LOG.infof("Created the bootstrap manager account %s", normalized);
                                return accounts.persist(account).replaceWithVoid();
                            });
                        }))));
    }
}

package io.pitstop.identity.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.StaffRequest;
import io.pitstop.identity.StaffView;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.identity.persistence.RefreshTokenRepository;
import io.pitstop.live.LiveHub;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Staff accounts: created, deactivated, reactivated and given another role by a manager. */
@ApplicationScoped
public class StaffService {

    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final LiveHub live;
    private final AccountGate gate;

    public StaffService(AccountRepository accounts, RefreshTokenRepository refreshTokens, PasswordHasher hasher, Clock clock,
                        LiveHub live, AccountGate gate) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.clock = clock;
        this.live = live;
        this.gate = gate;
    }

    @WithTransaction
    public Uni<StaffView> create(Caller manager, StaffRequest req) {
        if (!req.role().isStaff()) {
            throw new InvalidInputException("role", Detail.of("problem.identity.not-a-staff-role"));
        }
        String phone = Phones.require(req.phone(), "phone");
        Instant now = clock.instant();
        return accounts.findByPhone(phone)
                .invoke(existing -> {
                    if (existing != null) {
                        throw new ConflictException("phone-taken", Detail.of("problem.identity.phone-taken"));
                    }
                })
                .chain(() -> hasher.hash(req.password()))
                .chain(hash -> {
                    Account account = new Account();
                    account.id = UUID.randomUUID();
                    account.phone = phone;
                    account.name = req.name().strip();
                    account.role = req.role();
                    account.passwordHash = hash;
                    account.createdAt = now;
                    account.createdBy = manager.accountId();
                    return accounts.persistAndFlush(account);
                })
                .map(StaffService::view);
    }

    @WithTransaction
    public Uni<List<StaffView>> list() {
        return accounts.listStaff().map(list -> list.stream().map(StaffService::view).toList());
    }

    /**
     * Ends every session of the person at once, on every instance (their access tokens are refused from the moment
     * this commits, not when they expire); their history stays.
     */
    public Uni<StaffView> deactivate(Caller manager, UUID id) {
        if (manager.accountId().equals(id)) {
            throw new ConflictException("self-deactivation", Detail.of("problem.identity.self-deactivation"));
        }
        return changed(id, () -> staffMember(id).chain(account -> {
            account.active = false;
            return refreshTokens.revokeAllOf(account.id, clock.instant()).replaceWith(account);
        }));
    }

    /** Gives a deactivated member of staff their account back; they log in again. */
    public Uni<StaffView> reactivate(UUID id) {
        return changed(id, () -> staffMember(id).invoke(account -> {
            account.active = true;
            account.tokenVersion++;
        }));
    }

    /**
     * A new role takes effect at once: tokens of the old one are refused, and the person's next refresh (or login)
     * carries the new one.
     */
    public Uni<StaffView> changeRole(Caller manager, UUID id, Role role) {
        if (role == null || !role.isStaff()) {
            throw new InvalidInputException("role", Detail.of("problem.identity.not-a-staff-role"));
        }
        if (manager.accountId().equals(id)) {
            throw new ConflictException("self-role-change", Detail.of("problem.identity.self-role-change"));
        }
        return changed(id, () -> staffMember(id).invoke(account -> {
            if (account.role != role) {
                account.role = role;
                account.tokenVersion++;
            }
        }));
    }

    private Uni<Account> staffMember(UUID id) {
        return accounts.findById(id).map(account -> {
            if (account == null || account.role == Role.CUSTOMER) {
                throw new NotFoundException("staff-member", id);
            }
            return account;
        });
    }

    /** Commits the change, tells every instance's gate, and forgets this instance's copy once it is committed. */
    private Uni<StaffView> changed(UUID id, java.util.function.Supplier<Uni<Account>> change) {
        return Panache.withTransaction(() -> change.get().call(a -> live.publish(AccountGate.ACCOUNTS, a.id.toString()))
                        .map(StaffService::view))
                .invoke(() -> gate.forget(id));
    }

    static StaffView view(Account a) {
        return new StaffView(a.id.toString(), a.phone, a.name, a.role, a.active, a.createdAt);
    }
}

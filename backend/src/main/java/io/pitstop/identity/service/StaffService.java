package io.pitstop.identity.service;

import io.pitstop.common.ConflictException;
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
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Staff accounts: created and deactivated by a manager. */
@ApplicationScoped
public class StaffService {

    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final Clock clock;

    public StaffService(AccountRepository accounts, RefreshTokenRepository refreshTokens, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<StaffView> create(Caller manager, StaffRequest req) {
        if (!req.role().isStaff()) {
            throw new InvalidInputException("role", "must be a staff role (ADVISOR, TECHNICIAN, TEAM_LEAD, INSPECTOR, "
                    + "CUSTOMER_SERVICE or MANAGER)");
        }
        String phone = Phones.require(req.phone(), "phone");
        Instant now = clock.instant();
        return accounts.findByPhone(phone)
                .invoke(existing -> {
                    if (existing != null) {
                        throw new ConflictException("phone-taken", "An account with this phone number already exists");
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

    /** Ends every session of the person at once; their history stays. */
    @WithTransaction
    public Uni<StaffView> deactivate(Caller manager, UUID id) {
        if (manager.accountId().equals(id)) {
            throw new ConflictException("self-deactivation", "A manager cannot deactivate their own account");
        }
        return accounts.findById(id).chain(account -> {
            if (account == null || account.role == Role.CUSTOMER) {
                return Uni.createFrom().failure(new NotFoundException("Staff member " + id));
            }
            account.active = false;
            return refreshTokens.revokeAllOf(account.id, clock.instant()).replaceWith(view(account));
        });
    }

    static StaffView view(Account a) {
        return new StaffView(a.id.toString(), a.phone, a.name, a.role, a.active, a.createdAt);
    }
}

package io.pitstop.identity.persistence;

import io.pitstop.identity.Role;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Uni<Account> findByPhone(String phone) {
        return find("phone", phone).firstResult();
    }

    public Uni<List<Account>> listStaff() {
        return list("role <> ?1 order by role, name", Role.CUSTOMER);
    }

    /** Active accounts holding any of these roles (who gets alerted, who sees escalations). */
    public Uni<List<Account>> activeWith(Role... roles) {
        return list("role in ?1 and active = true", List.of(roles));
    }

    public Uni<Long> countActive(Role role) {
        return count("role = ?1 and active = true", role);
    }
}

package io.pitstop.identity.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.Language;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people of the shop as the other capabilities read them: by id, by phone, by role. They get {@link Person}
 * values, never the account entity, so identity keeps its table to itself. Runs in the caller's session.
 */
@ApplicationScoped
public class People {

    private final AccountRepository accounts;
    private final Clock clock;

    public People(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The person with this id, or null. */
    public Uni<Person> find(UUID id) {
        return id == null ? Uni.createFrom().nullItem() : accounts.findById(id).map(People::person);
    }

    /** The people with these ids, by id (unknown ids are absent). */
    public Uni<Map<UUID, Person>> byIds(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return accounts.list("id in ?1", wanted).map(list -> list.stream().map(People::person)
                .collect(Collectors.toMap(Person::id, Function.identity())));
    }

    /** The person with this (normalised) phone number, or null. */
    public Uni<Person> byPhone(String phone) {
        return accounts.findByPhone(phone).map(People::person);
    }

    /** Active people holding any of these roles: who gets alerted, who may own a piece of work. */
    public Uni<List<Person>> activeWith(Role... roles) {
        return accounts.activeWith(roles).map(list -> list.stream().map(People::person).toList());
    }

    /**
     * The customer with this phone, created (without a password, so they can register later and keep their history)
     * when the shop has never heard of them: a phone or walk-in customer. A staff member's phone is refused.
     */
    public Uni<Person> customerForPhone(String phone, String name, UUID createdBy) {
        return accounts.findByPhone(phone).chain(existing -> {
            if (existing != null && existing.role != Role.CUSTOMER) {
                return Uni.createFrom().failure(new ConflictException("phone-taken", Detail.of("problem.identity.phone-of-staff")));
            }
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Account a = new Account();
            a.id = UUID.randomUUID();
            a.phone = phone;
            a.name = name.strip();
            a.role = Role.CUSTOMER;
            a.createdAt = clock.instant();
            a.createdBy = createdBy;
            return accounts.persist(a);
        }).map(People::person);
    }

    /** Whether the person registered (holds a password), rather than being known only from a phone or walk-in booking. */
    public Uni<Boolean> registered(UUID id) {
        return accounts.findById(id).map(a -> a != null && a.passwordHash != null);
    }

    static Person person(Account a) {
        return a == null ? null : new Person(a.id, a.name, a.phone, a.role, a.active, Language.ofTag(a.language));
    }
}

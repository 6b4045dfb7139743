package io.pitstop.complaint.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintTeam;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.feedback.service.ActiveStaff;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.service.RepairLookup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Who and what a complaint is about and who handles it: the customer, their repair order, the owner its category
 * routes it to, and the members of staff named in its steps. Reads identity and repair through their published
 * lookups, in the caller's session.
 */
@ApplicationScoped
public class ComplaintParties {

    private final People people;
    private final RepairLookup orders;
    private final ComplaintRepository complaints;

    public ComplaintParties(People people, RepairLookup orders, ComplaintRepository complaints) {
        this.people = people;
        this.orders = orders;
        this.complaints = complaints;
    }

    /** A customer files their own; staff name the customer by phone. */
    public Uni<Person> customer(Caller caller, String customerPhone) {
        if (!caller.role().isStaff()) {
            return people.find(caller.accountId());
        }
        String phone = Phones.require(customerPhone, "customerPhone");
        return people.byPhone(phone).map(p -> {
            if (p == null || !p.isCustomer()) {
                throw new InvalidInputException("customerPhone", Detail.of("problem.complaint.not-a-customer"));
            }
            return p;
        });
    }

    /** The repair order it concerns, if any: one of the customer's. */
    public Uni<RepairOrderRef> order(Person customer, UUID orderId) {
        if (orderId == null) {
            return Uni.createFrom().nullItem();
        }
        return orders.find(orderId).map(o -> {
            if (o == null || !o.customerId().equals(customer.id())) {
                throw new InvalidInputException("orderId", Detail.of("problem.complaint.not-the-customers-order"));
            }
            return o;
        });
    }

    /** The named owner for the team, never the complaint's subject (see {@link ComplaintRouting#owner}); a 409 when the shop has nobody. */
    public Uni<ComplaintRouting.Routed> owner(ComplaintTeam team, RepairOrderRef order, UUID subjectId) {
        Uni<Person> advisor = team == ComplaintTeam.ORDER_ADVISOR && order != null ? people.find(order.advisorId())
                : Uni.createFrom().nullItem();
        return advisor.chain(a -> people.activeWith(ComplaintRouting.roleOf(team)).chain(members -> managers().chain(managers ->
                complaints.openPerOwner().map(load -> ComplaintRouting.owner(team, a, subjectId, members, managers, load)
                        .orElseThrow(() -> new ConflictException("no-owner", Detail.of("problem.complaint.no-owner")))))));
    }

    /**
     * Whom the complaint is about: the member of staff the caller named (staff only), or else, for an attitude or
     * delivery-time complaint on an order, the order's advisor. Null when it is about nobody in particular.
     */
    public Uni<Person> subject(Caller caller, UUID named, ComplaintCategory category, RepairOrderRef order) {
        if (named != null) {
            if (!caller.role().isStaff()) {
                throw new InvalidInputException("subjectId", Detail.of("problem.complaint.subject-named-by-shop"));
            }
            return people.find(named).map(p -> {
                if (p == null || !p.role().isStaff()) {
                    throw new InvalidInputException("subjectId", Detail.of("problem.complaint.subject-not-staff"));
                }
                return p;
            });
        }
        UUID derived = ComplaintRouting.subjectOf(category, order);
        return derived == null ? Uni.createFrom().nullItem() : people.find(derived);
    }

    /** A member of staff named in a step (a new owner, the remedy's owner), who must work here now. */
    public Uni<Person> staffMember(UUID id, String field) {
        return people.find(id).map(p -> ActiveStaff.require(p, field));
    }

    public Uni<List<Person>> managers() {
        return people.activeWith(Role.MANAGER);
    }
}

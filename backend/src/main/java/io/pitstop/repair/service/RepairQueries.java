package io.pitstop.repair.service;

import io.pitstop.common.Paging;
import io.pitstop.booking.service.BookingLookup;
import io.pitstop.common.LeastLoaded;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairOrderSummary;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.TechnicianView;
import io.pitstop.repair.persistence.RepairEventRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Repair orders read: one order, a list by who asks, the workshop's load, an order's history and who may follow it. */
@ApplicationScoped
public class RepairQueries {

    private final OrderAccess access;
    private final RepairOrderRepository orders;
    private final RepairEventRepository events;
    private final EventPayloads payloads;
    private final BookingLookup bookings;
    private final People people;
    private final RepairViews views;

    public RepairQueries(OrderAccess access, RepairOrderRepository orders, RepairEventRepository events, EventPayloads payloads,
                         BookingLookup bookings, People people, RepairViews views) {
        this.access = access;
        this.orders = orders;
        this.events = events;
        this.payloads = payloads;
        this.bookings = bookings;
        this.people = people;
        this.views = views;
    }

    @WithSession
    public Uni<RepairOrderView> get(Caller caller, UUID id) {
        return access.acting(caller).chain(act -> access.visible(caller, id).chain(o -> views.full(o, act)));
    }

    /**
     * Customers: their history. Partners: the orders of their bookings. Staff: the board of a day (open orders, and
     * those received or delivered that day).
     */
    @WithSession
    public Uni<List<RepairOrderSummary>> list(Caller caller, RepairStatus status, LocalDate day, Paging.Page page) {
        return access.acting(caller).chain(act -> {
            Uni<List<RepairOrder>> found;
            if (caller.role() == Role.CUSTOMER) {
                found = orders.ofCustomer(caller.accountId());
            } else if (caller.isPartner()) {
                found = bookings.idsBookedBy(caller.subject()).chain(orders::ofAppointments);
            } else {
                LocalDate d = day != null ? day : act.now().atZone(act.zone()).toLocalDate();
                found = orders.board(d.atStartOfDay(act.zone()).toInstant(), d.plusDays(1).atStartOfDay(act.zone()).toInstant(), null);
            }
            return found.map(list -> status == null ? list : list.stream().filter(o -> o.status == status).toList())
                    .map(page::of)
                    .chain(list -> views.summaries(list, act));
        });
    }

    /** Technicians and team leads with their open workload, least loaded first: whom the team lead dispatches to. */
    @WithSession
    public Uni<List<TechnicianView>> technicians() {
        return people.activeWith(Role.TECHNICIAN, Role.TEAM_LEAD).chain(workshop -> orders.workload().map(load ->
                LeastLoaded.ranked(workshop, Person::id, load, Comparator.comparing(Person::name)).stream()
                        .map(p -> new TechnicianView(p.id().toString(), p.name(), p.role().name(), load.getOrDefault(p.id(), 0L).intValue()))
                        .toList()));
    }

    /** The order's events, oldest first (what its stream replays), without the staff-only ones for its owner. */
    @WithSession
    public Uni<List<RepairEventView>> timeline(Caller caller, UUID id) {
        return access.visible(caller, id).chain(o -> events.ofOrder(o.id).map(list -> list.stream()
                .filter(e -> caller.role().isStaff() || !e.staffOnly)
                .map(e -> payloads.read(EventPayloads.EventRow.of(e, o.reference))).toList()));
    }

    /** Whether the caller, who may see the order, sees its staff-only events too; 404 for an order they may not see. */
    @WithSession
    public Uni<Boolean> streamAccess(Caller caller, UUID id) {
        return access.visible(caller, id).map(o -> caller.role().isStaff());
    }
}

package io.pitstop.complaint.service;

import io.pitstop.common.Paging;
import io.pitstop.booking.service.VehicleService;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Times;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintOrder;
import io.pitstop.complaint.ComplaintPerson;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintSummary;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.RemedyView;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.service.RepairLookup;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Complaints as their readers see them: the customer their own (another's does not exist for them), staff the inbox
 * by nearest deadline; one complaint with its clock, remedy, audit trail and the actions the reader may take now.
 */
@ApplicationScoped
public class ComplaintViews {

    /** How long a closed complaint stays in the staff's inbox. */
    static final Duration CLOSED_SHOWN_FOR = Duration.ofDays(30);

    private final ComplaintRepository complaints;
    private final ComplaintJournal journal;
    private final People people;
    private final RepairLookup orders;
    private final VehicleService vehicles;
    private final ShopService shop;
    private final Clock clock;

    public ComplaintViews(ComplaintRepository complaints, ComplaintJournal journal, People people, RepairLookup orders,
                          VehicleService vehicles, ShopService shop, Clock clock) {
        this.complaints = complaints;
        this.journal = journal;
        this.people = people;
        this.orders = orders;
        this.vehicles = vehicles;
        this.shop = shop;
        this.clock = clock;
    }

    @WithSession
    public Uni<ComplaintView> get(Caller caller, UUID id) {
        return visible(caller, id, false).chain(c -> view(caller, c));
    }

    /**
     * Customers: their own. Staff: running ones by nearest deadline, then those waiting for the customer, then the
     * closed; {@code mine} keeps those the caller owns or owns the remedy of (an advisor's own tab).
     */
    @WithSession
    public Uni<List<ComplaintSummary>> list(Caller caller, ComplaintStatus status, boolean mine, Paging.Page page) {
        Instant now = clock.instant();
        Uni<List<Complaint>> found = caller.role() == Role.CUSTOMER
                ? complaints.list("customerId = ?1 order by createdAt desc", caller.accountId())
                : mine ? complaints.list("ownerId = ?1 or remedyOwnerId = ?1", caller.accountId())
                : complaints.list("status <> ?1 or closedAt >= ?2", ComplaintStatus.CLOSED, now.minus(CLOSED_SHOWN_FOR));
        return found.map(list -> list.stream().filter(c -> status == null || c.status == status)
                        .sorted(Comparator.comparing((Complaint c) -> c.status == ComplaintStatus.CLOSED)
                                .thenComparing(c -> c.pausedSince != null).thenComparing(ComplaintDeadlines::next)
                                .thenComparing(c -> c.id))
                        .toList())
                // The order is computed (deadlines), so the page is cut here, before each summary is built.
                .map(page::of)
                .chain(list -> summaries(list, now));
    }

    /** The complaint, if the caller may know of it (a customer only their own), locked for a change when asked. */
    Uni<Complaint> visible(Caller caller, UUID id, boolean lock) {
        return (lock ? complaints.findForUpdate(id) : complaints.findById(id)).map(c -> {
            if (c == null || caller.role() == Role.CUSTOMER && !c.customerId.equals(caller.accountId())) {
                throw new NotFoundException("complaint", id);
            }
            return c;
        });
    }

    Uni<ComplaintView> view(Caller caller, Complaint c) {
        Instant now = clock.instant();
        boolean staff = caller.role().isStaff();
        return shop.zone().chain(zone -> journal.trail(c.id, zone).chain(trail -> people.byIds(Stream.of(c.customerId, c.ownerId,
                c.remedyOwnerId, c.subjectId).filter(Objects::nonNull).toList()).chain(byId -> order(c).map(order -> new ComplaintView(c.id.toString(), c.number, c.status,
                c.category, c.priority, c.suggestedPriority, c.channel, c.team, person(byId.get(c.ownerId), staff),
                person(byId.get(c.customerId), true), person(c.subjectId == null ? null : byId.get(c.subjectId), false), order, c.content, tags(c), Times.at(c.createdAt, zone), Times.at(c.answeredAt, zone),
                Times.at(c.resolvedAt, zone), Times.at(c.closedAt, zone), ComplaintDeadlines.clock(c, zone, now),
                c.remedyKind == null ? null : new RemedyView(c.remedyKind, c.remedyDetail, person(byId.get(c.remedyOwnerId), staff),
                        Times.at(c.remedyDeadline, zone)),
                c.satisfaction == null ? null : c.satisfaction.intValue(), trail, nextActions(caller, c))))));
    }

    /** Staff who handle it: the steps of the flow; its customer: the answer to a remedy; anyone else: nothing. */
    private static List<ComplaintAction> nextActions(Caller caller, Complaint c) {
        if (!caller.role().isStaff()) {
            return ComplaintFlow.next(c, ComplaintFlow.By.CUSTOMER);
        }
        return ComplaintFlow.mayHandle(caller, c) ? ComplaintFlow.next(c, ComplaintFlow.By.SHOP) : List.of();
    }

    private Uni<ComplaintOrder> order(Complaint c) {
        return orders.find(c.orderId).chain(o -> o == null ? Uni.createFrom().<ComplaintOrder>nullItem()
                : vehicles.find(o.vehicleId()).map(v -> new ComplaintOrder(o.id().toString(), o.reference(), v.plate())));
    }

    private Uni<List<ComplaintSummary>> summaries(List<Complaint> list, Instant now) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> orderIds = list.stream().map(c -> c.orderId).filter(Objects::nonNull).toList();
        return shop.zone().chain(zone -> people.byIds(list.stream().flatMap(c -> Stream.of(c.customerId, c.ownerId, c.subjectId))
                        .filter(Objects::nonNull).distinct().toList())
                .chain(byId -> orders.byIds(orderIds).map(os -> {
                    Map<UUID, String> refs = os.stream().collect(Collectors.toMap(RepairOrderRef::id, RepairOrderRef::reference));
                    return list.stream().map(c -> new ComplaintSummary(c.id.toString(), c.number, c.status, c.category, c.priority,
                            c.channel, c.team, name(byId.get(c.ownerId)), name(byId.get(c.customerId)),
                            c.subjectId == null ? null : name(byId.get(c.subjectId)),
                            c.orderId == null ? null : refs.get(c.orderId), Times.at(c.createdAt, zone), Times.at(c.answerDueAt, zone),
                            Times.at(c.resolveDueAt, zone), Times.at(c.answeredAt, zone), Times.at(c.resolvedAt, zone),
                            c.pausedSince != null, ComplaintDeadlines.overdue(c, now))).toList();
                })));
    }

    private static ComplaintPerson person(Person p, boolean withPhone) {
        return p == null ? null : new ComplaintPerson(p.id().toString(), p.name(), withPhone ? p.phone() : null);
    }

    private static String name(Person p) {
        return p == null ? null : p.name();
    }

    private static List<String> tags(Complaint c) {
        return c.tags == null ? List.of() : Arrays.asList(c.tags.split("\\|"));
    }
}

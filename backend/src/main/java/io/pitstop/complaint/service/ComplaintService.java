package io.pitstop.complaint.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.ConflictException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.limits.RateLimiter;
import io.pitstop.common.Sequential;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintCategory;
import io.pitstop.complaint.ComplaintChannel;
import io.pitstop.complaint.ComplaintClock;
import io.pitstop.complaint.ComplaintOrder;
import io.pitstop.complaint.ComplaintPerson;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.complaint.ComplaintRequest;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepRequest;
import io.pitstop.complaint.ComplaintStepView;
import io.pitstop.complaint.ComplaintSummary;
import io.pitstop.complaint.ComplaintTeam;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.ConfirmationRequest;
import io.pitstop.complaint.Deadline;
import io.pitstop.complaint.EvidenceKind;
import io.pitstop.complaint.EvidenceRef;
import io.pitstop.complaint.EvidenceView;
import io.pitstop.complaint.RemedyView;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.complaint.persistence.ComplaintStep;
import io.pitstop.complaint.persistence.ComplaintStepRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.pitstop.repair.persistence.AttachmentRepository;
import io.pitstop.repair.persistence.RepairEventRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Complaints (投诉) from intake to the customer's confirmation: a unique number, the responsible team and a named
 * owner by category, the steps of the handling in an audit trail that cannot be edited, and the 24/48-hour clock,
 * paused while the shop waits for the customer.
 */
@ApplicationScoped
public class ComplaintService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<ComplaintAction> STAFF_ACTIONS = EnumSet.of(ComplaintAction.ACKNOWLEDGE, ComplaintAction.INVESTIGATE,
            ComplaintAction.NOTE, ComplaintAction.PROPOSE_REMEDY, ComplaintAction.INFORM_CUSTOMER, ComplaintAction.WAIT_FOR_CUSTOMER,
            ComplaintAction.RESUME, ComplaintAction.REASSIGN, ComplaintAction.REPRIORITIZE);

    private final ComplaintRepository complaints;
    private final ComplaintStepRepository steps;
    private final RepairOrderRepository orders;
    private final RepairEventRepository repairEvents;
    private final AttachmentRepository attachments;
    private final VehicleRepository vehicles;
    private final AccountRepository accounts;
    private final ShopService shop;
    private final Notifier notifier;
    private final ComplaintRules rules;
    private final ObjectMapper json;
    private final Clock clock;

    private final RateLimiter limiter;

    public ComplaintService(ComplaintRepository complaints, ComplaintStepRepository steps, RepairOrderRepository orders,
                            RepairEventRepository repairEvents, AttachmentRepository attachments, VehicleRepository vehicles,
                            AccountRepository accounts, ShopService shop, Notifier notifier, ComplaintRules rules, ObjectMapper json,
                            Clock clock, RateLimiter limiter) {
        this.limiter = limiter;
        this.complaints = complaints;
        this.steps = steps;
        this.orders = orders;
        this.repairEvents = repairEvents;
        this.attachments = attachments;
        this.vehicles = vehicles;
        this.accounts = accounts;
        this.shop = shop;
        this.notifier = notifier;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
    }

    // --------------------------------------------------------------------------------------------------- intake

    /**
     * A complaint from the app is counted per customer and per client address first: a customer can always complain,
     * but not flood customer service. Staff recording a call are not limited.
     */
    public Uni<ComplaintView> file(Caller caller, ComplaintRequest req, String client) {
        if (caller.role() != Role.CUSTOMER) {
            return file(caller, req);
        }
        return limiter.hit("Too many complaints filed; call the shop if it is urgent",
                        new RateLimiter.Bucket("complaint|account|" + caller.subject(), rules.filedPerCustomer()),
                        new RateLimiter.Bucket("complaint|client|" + client, rules.filedPerClient()))
                .chain(() -> file(caller, req));
    }

    public Uni<ComplaintView> file(Caller caller, ComplaintRequest req) {
        boolean staff = caller.role().isStaff();
        if (!staff && caller.role() != Role.CUSTOMER) {
            throw new ForbiddenException("Complaints are filed by customers and staff");
        }
        if (staff && (req.customerPhone() == null || req.customerPhone().isBlank())) {
            throw new InvalidInputException("customerPhone", "is required when staff file a complaint");
        }
        ComplaintChannel channel = staff ? (req.channel() == null ? ComplaintChannel.PHONE : req.channel()) : ComplaintChannel.APP;
        if (!staff && req.priority() != null) {
            throw new InvalidInputException("priority", "is set by the shop");
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> customerOf(caller, req).chain(customer -> orderOf(customer, req.orderId()).chain(order -> {
            ComplaintPriority suggested = suggest(req.category(), order, now);
            ComplaintPriority priority = req.priority() != null ? req.priority() : suggested;
            ComplaintTeam team = teamFor(req.category());
            return ownerFor(team, order).chain(owner -> shop.zone().chain(zone -> number(now, zone).chain(number -> {
                Complaint c = new Complaint();
                c.id = UUID.randomUUID();
                c.number = number;
                c.customerId = customer.id;
                c.orderId = order == null ? null : order.id;
                c.channel = channel;
                c.category = req.category();
                c.priority = priority;
                c.suggestedPriority = suggested;
                c.team = team;
                c.ownerId = owner.id;
                c.status = ComplaintStatus.NEW;
                c.content = req.content().strip();
                c.tags = req.cleanTags().isEmpty() ? null : String.join("|", req.cleanTags());
                c.createdAt = now;
                c.createdBy = caller.accountId();
                c.answerDueAt = now.plus(rules.answerWithin(priority));
                c.resolveDueAt = now.plus(rules.resolveWithin(priority));
                return complaints.persist(c)
                        .chain(() -> record(c, caller, ComplaintAction.FILED, null, channel + " · " + team + " · " + owner.name, List.of()))
                        .chain(() -> announceFiling(c, customer, owner, zone))
                        .chain(() -> view(caller, c));
            })));
        })));
    }

    private Uni<Account> customerOf(Caller caller, ComplaintRequest req) {
        if (!caller.role().isStaff()) {
            return accounts.findById(caller.accountId());
        }
        String phone = Phones.require(req.customerPhone(), "customerPhone");
        return accounts.findByPhone(phone).map(a -> {
            if (a == null || a.role != Role.CUSTOMER) {
                throw new InvalidInputException("customerPhone", "is not a customer of the shop");
            }
            return a;
        });
    }

    private Uni<RepairOrder> orderOf(Account customer, UUID orderId) {
        if (orderId == null) {
            return Uni.createFrom().nullItem();
        }
        return orders.findById(orderId).map(o -> {
            if (o == null || !o.customerId.equals(customer.id)) {
                throw new InvalidInputException("orderId", "is not one of the customer's repair orders");
            }
            return o;
        });
    }

    /** Suggested from the category and the order: a safety-critical job or a fault back within 30 days is urgent. */
    static ComplaintPriority suggest(ComplaintCategory category, RepairOrder order, Instant now) {
        if (order != null && order.safetyCritical) {
            return ComplaintPriority.HIGH;
        }
        return switch (category) {
            case TECHNICAL -> order != null && order.deliveredAt != null && order.deliveredAt.isAfter(now.minus(Duration.ofDays(30)))
                    ? ComplaintPriority.HIGH : ComplaintPriority.MEDIUM;
            case ATTITUDE, DELIVERY_TIME, PRICE -> ComplaintPriority.MEDIUM;
            case PROCESS -> ComplaintPriority.LOW;
        };
    }

    /** Responsibility by category: technical -> technical support, delivery time -> the order's advisor, the rest -> customer relations. */
    static ComplaintTeam teamFor(ComplaintCategory category) {
        return switch (category) {
            case TECHNICAL -> ComplaintTeam.TECHNICAL_SUPPORT;
            case DELIVERY_TIME -> ComplaintTeam.ORDER_ADVISOR;
            case ATTITUDE, PRICE, PROCESS -> ComplaintTeam.CUSTOMER_RELATIONS;
        };
    }

    /** A named owner: the order's advisor for delivery time, else the least loaded of the team (a manager if it has nobody). */
    private Uni<Account> ownerFor(ComplaintTeam team, RepairOrder order) {
        if (team == ComplaintTeam.ORDER_ADVISOR && order != null) {
            return accounts.findById(order.advisorId).chain(a -> a != null && a.active ? Uni.createFrom().item(a) : leastLoaded(Role.ADVISOR));
        }
        Role role = switch (team) {
            case TECHNICAL_SUPPORT -> Role.TEAM_LEAD;
            case CUSTOMER_RELATIONS -> Role.CUSTOMER_SERVICE;
            case ORDER_ADVISOR -> Role.ADVISOR;
        };
        return leastLoaded(role);
    }

    private Uni<Account> leastLoaded(Role role) {
        return accounts.activeWith(role).chain(people -> (people.isEmpty() ? accounts.activeWith(Role.MANAGER) : Uni.createFrom().item(people))
                .chain(candidates -> {
                    if (candidates.isEmpty()) {
                        throw new ConflictException("no-owner", "Nobody in the shop can own this complaint");
                    }
                    return complaints.find("select c.ownerId, count(c) from Complaint c where c.status <> ?1 group by c.ownerId",
                                    ComplaintStatus.CLOSED).project(Object[].class).list()
                            .map(rows -> {
                                Map<UUID, Long> load = new HashMap<>();
                                for (Object[] r : rows) {
                                    load.put((UUID) r[0], ((Number) r[1]).longValue());
                                }
                                return candidates.stream().min(Comparator.comparingLong((Account a) -> load.getOrDefault(a.id, 0L))
                                        .thenComparing(a -> a.phone)).orElseThrow();
                            });
                }));
    }

    /** TS-yyyyMMdd-NNNN: the day's counter, incremented in this transaction (no duplicates, no gaps on rollback). */
    private Uni<String> number(Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into complaint_counter (day, last) values (?1, 1)
                        on conflict (day) do update set last = complaint_counter.last + 1
                        returning last""", Integer.class)
                .setParameter(1, day).getSingleResult())
                .map(n -> "TS-" + DAY.format(day) + "-" + String.format("%04d", n));
    }

    private Uni<Void> announceFiling(Complaint c, Account customer, Account owner, ZoneId zone) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("number", c.number);
        p.put("category", c.category.name());
        p.put("priority", c.priority.name());
        p.put("answerDueAt", at(c.answerDueAt, zone).toString());
        p.put("customerName", customer.name);
        Uni<Void> toCustomer = notifier.send(new Recipient(customer.id, customer.phone), "COMPLAINT_FILED", p,
                "您的投诉已受理，编号 " + c.number + "。我们将在 " + rules.answerWithin(c.priority).toHours() + " 小时内答复您。", null,
                c.orderId, c.id);
        Uni<Void> toOwner = notifier.send(new Recipient(owner.id, owner.phone), "COMPLAINT_ASSIGNED", p,
                "新投诉 " + c.number + "（" + customer.name + "，" + c.category + "，" + c.priority + "）由您负责，请在 "
                        + rules.answerWithin(c.priority).toHours() + " 小时内答复客户。", null, c.orderId, c.id);
        Uni<Void> chain = toCustomer.chain(() -> toOwner);
        if (c.priority == ComplaintPriority.HIGH) {
            chain = chain.chain(() -> accounts.activeWith(Role.MANAGER)).chain(managers -> Sequential.each(managers.stream()
                    .filter(m -> !m.id.equals(owner.id)).toList(), m -> notifier.send(Recipient.inAppOnly(m.id), "COMPLAINT_ASSIGNED", p,
                    "高优先级投诉 " + c.number + " 已分派给 " + owner.name + "。", null, c.orderId, c.id)));
        }
        return chain;
    }

    // ----------------------------------------------------------------------------------------------------- steps

    public Uni<ComplaintView> step(Caller caller, UUID id, ComplaintStepRequest req) {
        if (!caller.role().isStaff()) {
            throw new ForbiddenException("The handling is done by the shop");
        }
        if (!STAFF_ACTIONS.contains(req.action())) {
            throw new InvalidInputException("action", "is recorded by the system or the customer, not posted");
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> complaints.findForUpdate(id).chain(c -> {
            if (c == null) {
                throw new NotFoundException("Complaint " + id);
            }
            if (!mayHandle(caller, c)) {
                throw new ForbiddenException("Complaint " + c.number + " is handled by its owner, customer service and managers");
            }
            if (!allowed(c).contains(req.action())) {
                throw new ConflictException("illegal-step", "Cannot " + req.action() + " a complaint that is " + c.status
                        + (c.pausedSince != null ? " (waiting for the customer)" : ""));
            }
            ComplaintStatus from = c.status;
            return evidence(c, req.evidence()).chain(evidence -> apply(caller, c, req, now).chain(note ->
                    record(c, caller, req.action(), from, note, evidence)
                            .chain(() -> tellCustomer(c, req.action()))
                            .chain(() -> view(caller, c))));
        }));
    }

    /** Applies the action; answers the note to record (the caller's, or what the action set). */
    private Uni<String> apply(Caller caller, Complaint c, ComplaintStepRequest req, Instant now) {
        String note = req.note() == null || req.note().isBlank() ? null : req.note().strip();
        switch (req.action()) {
            case ACKNOWLEDGE -> {
                c.status = ComplaintStatus.ACKNOWLEDGED;
                c.answeredAt = now;
            }
            case INVESTIGATE -> c.status = ComplaintStatus.INVESTIGATING;
            case NOTE -> {
                if (note == null && (req.evidence() == null || req.evidence().isEmpty())) {
                    throw new InvalidInputException("note", "is required for a note without evidence");
                }
            }
            case PROPOSE_REMEDY -> {
                if (req.remedy() == null) {
                    throw new InvalidInputException("remedy", "is required to propose a remedy");
                }
                if (!req.remedy().deadline().toInstant().isAfter(now)) {
                    throw new InvalidInputException("remedy.deadline", "must be in the future");
                }
                return accounts.findById(req.remedy().ownerId()).map(owner -> {
                    if (owner == null || !owner.active || !owner.role.isStaff()) {
                        throw new InvalidInputException("remedy.ownerId", "is not an active member of staff");
                    }
                    c.status = ComplaintStatus.REMEDY_PROPOSED;
                    c.remedyKind = req.remedy().kind();
                    c.remedyDetail = req.remedy().detail().strip();
                    c.remedyOwnerId = owner.id;
                    c.remedyDeadline = req.remedy().deadline().toInstant();
                    String what = c.remedyKind + ": " + c.remedyDetail + " (" + owner.name + ")";
                    return note == null ? what : note + " — " + what;
                });
            }
            case INFORM_CUSTOMER -> {
                c.status = ComplaintStatus.CUSTOMER_INFORMED;
                c.resolvedAt = now;
                if (c.pausedSince == null) {
                    // Waiting for the customer's confirmation: their time does not count against the shop.
                    c.pausedSince = now;
                }
            }
            case WAIT_FOR_CUSTOMER -> c.pausedSince = now;
            case RESUME -> resume(c, now);
            case REASSIGN -> {
                if (req.ownerId() == null) {
                    throw new InvalidInputException("ownerId", "is required to reassign");
                }
                return accounts.findById(req.ownerId()).chain(owner -> {
                    if (owner == null || !owner.active || !owner.role.isStaff()) {
                        throw new InvalidInputException("ownerId", "is not an active member of staff");
                    }
                    c.ownerId = owner.id;
                    return notifier.send(new Recipient(owner.id, owner.phone), "COMPLAINT_ASSIGNED", Map.of("number", c.number),
                                    "投诉 " + c.number + " 已转由您负责。", null, c.orderId, c.id)
                            .replaceWith("→ " + owner.name + (note == null ? "" : ": " + note));
                });
            }
            case REPRIORITIZE -> {
                if (req.priority() == null) {
                    throw new InvalidInputException("priority", "is required to reprioritize");
                }
                ComplaintPriority before = c.priority;
                c.priority = req.priority();
                if (c.answeredAt == null) {
                    c.answerDueAt = c.createdAt.plus(rules.answerWithin(c.priority)).plusSeconds(c.pausedSeconds);
                }
                if (c.resolvedAt == null) {
                    c.resolveDueAt = c.createdAt.plus(rules.resolveWithin(c.priority)).plusSeconds(c.pausedSeconds);
                }
                return Uni.createFrom().item(before + " → " + c.priority + (note == null ? "" : ": " + note));
            }
            default -> throw new IllegalStateException(req.action().name());
        }
        return Uni.createFrom().item(note);
    }

    /** What staff may do in the complaint's state. */
    static List<ComplaintAction> allowed(Complaint c) {
        List<ComplaintAction> next = new ArrayList<>();
        boolean paused = c.pausedSince != null;
        switch (c.status) {
            case NEW -> next.add(ComplaintAction.ACKNOWLEDGE);
            case ACKNOWLEDGED, REOPENED -> next.add(ComplaintAction.INVESTIGATE);
            case INVESTIGATING -> next.add(ComplaintAction.PROPOSE_REMEDY);
            case REMEDY_PROPOSED -> {
                next.add(ComplaintAction.INFORM_CUSTOMER);
                next.add(ComplaintAction.PROPOSE_REMEDY);
            }
            case CUSTOMER_INFORMED, CLOSED -> {
            }
        }
        if (c.status == ComplaintStatus.CLOSED) {
            return next;
        }
        next.add(ComplaintAction.NOTE);
        if (c.status != ComplaintStatus.CUSTOMER_INFORMED) {
            next.add(paused ? ComplaintAction.RESUME : ComplaintAction.WAIT_FOR_CUSTOMER);
            next.add(ComplaintAction.REASSIGN);
            next.add(ComplaintAction.REPRIORITIZE);
        }
        return next;
    }

    private static boolean mayHandle(Caller caller, Complaint c) {
        return caller.role() == Role.MANAGER || caller.role() == Role.CUSTOMER_SERVICE || c.ownerId.equals(caller.accountId())
                || c.remedyOwnerId != null && c.remedyOwnerId.equals(caller.accountId());
    }

    /** The clock runs again: the deadlines move later by the time spent waiting. */
    static void resume(Complaint c, Instant now) {
        if (c.pausedSince == null) {
            return;
        }
        long seconds = Math.max(0, Duration.between(c.pausedSince, now).getSeconds());
        if (c.answeredAt == null) {
            c.answerDueAt = c.answerDueAt.plusSeconds(seconds);
        }
        if (c.resolvedAt == null) {
            c.resolveDueAt = c.resolveDueAt.plusSeconds(seconds);
        }
        c.pausedSeconds += seconds;
        c.pausedSince = null;
    }

    /** The customer accepts the remedy (closed) or does not (reopened, the clock running again). */
    public Uni<ComplaintView> confirm(Caller caller, UUID id, ConfirmationRequest req) {
        if (caller.role() != Role.CUSTOMER) {
            throw new ForbiddenException("The customer confirms the remedy");
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> visible(caller, id, true).chain(c -> {
            if (c.status != ComplaintStatus.CUSTOMER_INFORMED) {
                throw new ConflictException("illegal-step", "There is no remedy to confirm: the complaint is " + c.status);
            }
            ComplaintStatus from = c.status;
            String comment = req.comment() == null || req.comment().isBlank() ? null : req.comment().strip();
            if (req.accepted()) {
                resume(c, now);
                c.status = ComplaintStatus.CLOSED;
                c.closedAt = now;
                c.satisfaction = req.satisfaction() == null ? null : req.satisfaction().shortValue();
            } else {
                c.resolvedAt = null;
                resume(c, now);
                c.status = ComplaintStatus.REOPENED;
            }
            ComplaintAction action = req.accepted() ? ComplaintAction.CONFIRMED : ComplaintAction.REJECTED;
            String note = (req.satisfaction() == null ? "" : "★" + req.satisfaction() + " ") + (comment == null ? "" : comment);
            return record(c, caller, action, from, note.isBlank() ? null : note.strip(), List.of())
                    .chain(() -> tellStaff(c, action))
                    .chain(() -> view(caller, c));
        }));
    }

    // ---------------------------------------------------------------------------------------------------- reads

    @WithSession
    public Uni<ComplaintView> get(Caller caller, UUID id) {
        return visible(caller, id, false).chain(c -> view(caller, c));
    }

    /** Customers: their own. Staff: every complaint, running ones by nearest deadline, then those waiting for the customer, then the closed. */
    @WithSession
    public Uni<List<ComplaintSummary>> list(Caller caller, ComplaintStatus status, boolean mine) {
        if (caller.isPartner()) {
            throw new ForbiddenException("Complaints are for customers and staff");
        }
        Uni<List<Complaint>> found = caller.role() == Role.CUSTOMER
                ? complaints.list("customerId = ?1 order by createdAt desc", caller.accountId())
                : mine ? complaints.list("ownerId = ?1 or remedyOwnerId = ?1", caller.accountId())
                : complaints.list("status <> ?1 or closedAt >= ?2", ComplaintStatus.CLOSED, clock.instant().minus(Duration.ofDays(30)));
        Instant now = clock.instant();
        return found.map(list -> list.stream().filter(c -> status == null || c.status == status)
                        .sorted(Comparator.comparing((Complaint c) -> c.status == ComplaintStatus.CLOSED)
                                .thenComparing(c -> c.pausedSince != null).thenComparing(c -> nextDeadline(c)))
                        .toList())
                .chain(list -> summaries(list, now));
    }

    private static Instant nextDeadline(Complaint c) {
        return c.answeredAt == null ? c.answerDueAt : c.resolveDueAt;
    }

    Uni<Complaint> visible(Caller caller, UUID id, boolean lock) {
        if (caller.isPartner()) {
            throw new ForbiddenException("Complaints are for customers and staff");
        }
        return (lock ? complaints.findForUpdate(id) : complaints.findById(id)).map(c -> {
            if (c == null || caller.role() == Role.CUSTOMER && !c.customerId.equals(caller.accountId())) {
                throw new NotFoundException("Complaint " + id);
            }
            return c;
        });
    }

    // -------------------------------------------------------------------------------------------------- helpers

    Uni<Void> record(Complaint c, Caller caller, ComplaintAction action, ComplaintStatus from, String note, List<EvidenceView> evidence) {
        ComplaintStep s = new ComplaintStep();
        s.complaintId = c.id;
        s.at = clock.instant();
        s.actorId = caller == null || caller.isPartner() ? null : caller.accountId();
        s.actorName = caller == null ? null : caller.name();
        s.actorRole = caller == null ? null : caller.role().name();
        s.action = action;
        s.fromStatus = from;
        s.toStatus = c.status;
        s.note = note;
        s.evidence = evidence.isEmpty() ? null : write(evidence);
        return steps.persist(s).replaceWithVoid();
    }

    /** The order's events (by sequence) and attachments the step points at, labelled for the reader. */
    private Uni<List<EvidenceView>> evidence(Complaint c, List<EvidenceRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (c.orderId == null) {
            throw new InvalidInputException("evidence", "needs a complaint about a repair order");
        }
        Uni<List<EvidenceView>> chain = Uni.createFrom().item(new ArrayList<>());
        for (int n = 0; n < refs.size(); n++) {
            EvidenceRef ref = refs.get(n);
            String field = "evidence[" + n + "].id";
            chain = chain.chain(list -> (ref.kind() == EvidenceKind.REPAIR_EVENT ? eventEvidence(c, ref, field) : attachmentEvidence(c, ref, field))
                    .map(v -> {
                        list.add(v);
                        return list;
                    }));
        }
        return chain;
    }

    private Uni<EvidenceView> eventEvidence(Complaint c, EvidenceRef ref, String field) {
        int seq;
        try {
            seq = Integer.parseInt(ref.id());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be the event's sequence number");
        }
        return repairEvents.find("orderId = ?1 and seq = ?2", c.orderId, seq).firstResult().map(e -> {
            if (e == null) {
                throw new InvalidInputException(field, "is not an event of the complaint's order");
            }
            String message = null;
            try {
                message = json.readTree(e.payload).path("message").asText(null);
            } catch (JsonProcessingException ignored) {
                // the type alone labels it
            }
            return new EvidenceView(EvidenceKind.REPAIR_EVENT, ref.id(), "#" + seq + " " + e.type + (message == null ? "" : ": " + message));
        });
    }

    private Uni<EvidenceView> attachmentEvidence(Complaint c, EvidenceRef ref, String field) {
        UUID id;
        try {
            id = UUID.fromString(ref.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be the attachment's id");
        }
        return attachments.findById(id).map(a -> {
            if (a == null || !a.orderId.equals(c.orderId)) {
                throw new InvalidInputException(field, "is not an attachment of the complaint's order");
            }
            return new EvidenceView(EvidenceKind.ATTACHMENT, ref.id(), a.purpose + " " + (a.fileName != null ? a.fileName : a.contentType));
        });
    }

    private Uni<Void> tellCustomer(Complaint c, ComplaintAction action) {
        if (action != ComplaintAction.ACKNOWLEDGE && action != ComplaintAction.INFORM_CUSTOMER && action != ComplaintAction.PROPOSE_REMEDY) {
            return Uni.createFrom().voidItem();
        }
        return accounts.findById(c.customerId).chain(customer -> {
            String text = switch (action) {
                case ACKNOWLEDGE -> "您的投诉 " + c.number + " 已有专人负责处理，我们会尽快给您解决方案。";
                case PROPOSE_REMEDY -> "投诉 " + c.number + " 的处理方案：" + c.remedyDetail + "。";
                default -> "投诉 " + c.number + " 已处理完毕，请在 App 中确认是否满意。";
            };
            return notifier.send(action == ComplaintAction.PROPOSE_REMEDY ? Recipient.inAppOnly(customer.id) : new Recipient(customer.id, customer.phone),
                    "COMPLAINT_STEP", Map.of("number", c.number, "action", action.name(), "status", c.status.name()), text, null, c.orderId, c.id);
        });
    }

    private Uni<Void> tellStaff(Complaint c, ComplaintAction action) {
        String kind = action == ComplaintAction.CONFIRMED ? "COMPLAINT_CLOSED" : "COMPLAINT_REOPENED";
        String text = action == ComplaintAction.CONFIRMED ? "客户已确认投诉 " + c.number + " 的处理结果，投诉关闭。"
                : "客户不认可投诉 " + c.number + " 的处理结果，投诉已重新打开，请继续处理。";
        Map<String, String> p = Map.of("number", c.number);
        Uni<Void> owner = notifier.send(Recipient.inAppOnly(c.ownerId), kind, p, text, null, c.orderId, c.id);
        if (action == ComplaintAction.CONFIRMED) {
            return owner;
        }
        return owner.chain(() -> accounts.activeWith(Role.MANAGER)).chain(ms -> Sequential.each(ms.stream().filter(m -> !m.id.equals(c.ownerId)).toList(),
                m -> notifier.send(Recipient.inAppOnly(m.id), kind, p, text, null, c.orderId, c.id)));
    }

    Uni<ComplaintView> view(Caller caller, Complaint c) {
        Instant now = clock.instant();
        return steps.of(c.id).chain(trail -> shop.zone().chain(zone -> {
            Set<UUID> people = Stream.of(c.customerId, c.ownerId, c.remedyOwnerId).filter(Objects::nonNull).collect(Collectors.toSet());
            return accounts.list("id in ?1", people).chain(accs -> (c.orderId == null ? Uni.createFrom().<RepairOrder>nullItem()
                    : orders.findById(c.orderId)).chain(o -> (o == null ? Uni.createFrom().<Vehicle>nullItem() : vehicles.findById(o.vehicleId))
                    .map(v -> {
                        Map<UUID, Account> byId = accs.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                        boolean staff = caller.role().isStaff();
                        List<ComplaintAction> next = staff && mayHandle(caller, c) ? allowed(c)
                                : !staff && c.status == ComplaintStatus.CUSTOMER_INFORMED
                                ? List.of(ComplaintAction.CONFIRMED, ComplaintAction.REJECTED) : List.of();
                        return new ComplaintView(c.id.toString(), c.number, c.status, c.category, c.priority, c.suggestedPriority, c.channel,
                                c.team, person(byId.get(c.ownerId), staff), person(byId.get(c.customerId), true),
                                o == null ? null : new ComplaintOrder(o.id.toString(), o.reference, v.plate), c.content, tags(c),
                                at(c.createdAt, zone), at(c.answeredAt, zone), at(c.resolvedAt, zone), at(c.closedAt, zone),
                                clock(c, zone, now),
                                c.remedyKind == null ? null : new RemedyView(c.remedyKind, c.remedyDetail, person(byId.get(c.remedyOwnerId), staff),
                                        at(c.remedyDeadline, zone)),
                                c.satisfaction == null ? null : c.satisfaction.intValue(),
                                trail.stream().map(s -> new ComplaintStepView(at(s.at, zone), s.actorName, s.actorRole, s.action, s.fromStatus,
                                        s.toStatus, s.note, readEvidence(s.evidence))).toList(),
                                next);
                    })));
        }));
    }

    private Uni<List<ComplaintSummary>> summaries(List<Complaint> list, Instant now) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> people = list.stream().flatMap(c -> Stream.of(c.customerId, c.ownerId)).collect(Collectors.toSet());
        Set<UUID> orderIds = list.stream().map(c -> c.orderId).filter(Objects::nonNull).collect(Collectors.toSet());
        return shop.zone().chain(zone -> accounts.list("id in ?1", people).chain(accs -> orders.byIds(orderIds).map(os -> {
            Map<UUID, String> names = accs.stream().collect(Collectors.toMap(a -> a.id, a -> a.name));
            Map<UUID, String> refs = os.stream().collect(Collectors.toMap(o -> o.id, o -> o.reference));
            return list.stream().map(c -> new ComplaintSummary(c.id.toString(), c.number, c.status, c.category, c.priority, c.channel, c.team,
                    names.get(c.ownerId), names.get(c.customerId), c.orderId == null ? null : refs.get(c.orderId), at(c.createdAt, zone),
                    at(c.answerDueAt, zone), at(c.resolveDueAt, zone), at(c.answeredAt, zone), at(c.resolvedAt, zone), c.pausedSince != null,
                    overdue(c, now))).toList();
        })));
    }

    static boolean overdue(Complaint c, Instant now) {
        if (c.status == ComplaintStatus.CLOSED || c.pausedSince != null) {
            return false;
        }
        return c.answeredAt == null && now.isAfter(c.answerDueAt) || c.resolvedAt == null && now.isAfter(c.resolveDueAt);
    }

    static ComplaintClock clock(Complaint c, ZoneId zone, Instant now) {
        return new ComplaintClock(deadline(c.answerDueAt, c.answeredAt, c.pausedSince, zone, now),
                deadline(c.resolveDueAt, c.resolvedAt, c.pausedSince, zone, now));
    }

    private static Deadline deadline(Instant due, Instant done, Instant pausedSince, ZoneId zone, Instant now) {
        if (done != null) {
            return new Deadline(at(due, zone), Duration.between(done, due).toMinutes(), !done.isAfter(due), false);
        }
        Instant reference = pausedSince != null ? pausedSince : now;
        long left = Duration.between(reference, due).toMinutes();
        return new Deadline(at(due, zone), left, pausedSince == null && now.isAfter(due) ? Boolean.FALSE : null, pausedSince != null);
    }

    private static ComplaintPerson person(Account a, boolean withPhone) {
        return a == null ? null : new ComplaintPerson(a.id.toString(), a.name, withPhone ? a.phone : null);
    }

    private static List<String> tags(Complaint c) {
        return c.tags == null ? List.of() : Arrays.asList(c.tags.split("\\|"));
    }

    static OffsetDateTime at(Instant i, ZoneId zone) {
        return i == null ? null : i.atZone(zone).toOffsetDateTime();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<EvidenceView> readEvidence(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<EvidenceView>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}

package io.pitstop.improvement;

import io.pitstop.common.Paging;
import io.pitstop.common.Texts;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.kpi.KpiService;
import io.pitstop.kpi.PersonRef;
import io.pitstop.kpi.Scope;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.pitstop.common.Times.at;

/**
 * Improvement actions: a manager records what will be done about an indicator or a recurring complaint cause, with
 * an owner, a deadline and the expected effect; the owner (or a manager) marks it done; a job raises the overdue
 * ones to the owner and the managers, once. Each action shows its indicator over the 30 days before it and since.
 */
@ApplicationScoped
public class ImprovementService {

    static final int TREND_DAYS = 30;

    private final ImprovementRepository improvements;
    private final People people;
    private final KpiService kpis;
    private final Notifier notifier;
    private final Clock clock;

    public ImprovementService(ImprovementRepository improvements, People people, KpiService kpis,
                              Notifier notifier, Clock clock) {
        this.improvements = improvements;
        this.people = people;
        this.kpis = kpis;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Uni<ImprovementView> create(Caller manager, ImprovementRequest req) {
        if (req.indicator() == null && (req.cause() == null || req.cause().isBlank())) {
            throw new InvalidInputException("indicator", Detail.of("problem.improvement.indicator-or-cause"));
        }
        return Panache.withTransaction(() -> people.find(req.ownerId()).chain(owner -> {
            if (owner == null || !owner.active() || !owner.role().isStaff()) {
                throw new InvalidInputException("ownerId", Detail.of("problem.improvement.owner-not-staff"));
            }
            Improvement i = new Improvement();
            i.id = UUID.randomUUID();
            i.indicator = req.indicator();
            i.cause = Texts.optional(req.cause());
            i.title = req.title().strip();
            i.action = req.action().strip();
            i.expectedEffect = req.expectedEffect().strip();
            i.ownerId = owner.id();
            i.deadline = req.deadline().toInstant();
            i.status = Improvement.OPEN;
            i.createdAt = clock.instant();
            i.createdBy = manager.accountId();
            return improvements.persist(i)
                    .call(() -> notifier.send(Notifier.Recipient.inAppOnly(owner.id()), NotificationKind.IMPROVEMENT_ASSIGNED,
                            Map.of("title", i.title), Notifier.About.NOTHING))
                    .replaceWith(i);
        })).chain(this::view);
    }

    @WithSession
    public Uni<List<ImprovementView>> list(Caller caller, String status, Paging.Page page) {
        if (status != null && !Set.of(Improvement.OPEN, Improvement.DONE).contains(status)) {
            throw new InvalidInputException("status", Detail.of("problem.improvement.status"));
        }
        UUID owner = caller.role() == Role.MANAGER ? null : caller.accountId();
        return improvements.of(owner, status).map(page::of).chain(list -> Sequential.map(list, this::view));
    }

    public Uni<ImprovementView> done(Caller caller, UUID id, ImprovementDone req) {
        return Panache.withTransaction(() -> improvements.findById(id).map(i -> {
            if (i == null || !(caller.role() == Role.MANAGER || i.ownerId.equals(caller.accountId()))) {
                throw new NotFoundException("improvement", id);
            }
            if (Improvement.DONE.equals(i.status)) {
                throw new ConflictException("already-done", Detail.of("problem.improvement.already-done"));
            }
            i.status = Improvement.DONE;
            i.doneAt = clock.instant();
            i.doneNote = req.note().strip();
            return i;
        })).chain(this::view);
    }

    @Scheduled(every = "${pitstop.improvement.jobs-every:300s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return raiseOverdue().replaceWithVoid();
    }

    /** Raises each open action past its deadline once, to its owner and the managers. Answers how many. */
    public Uni<Integer> raiseOverdue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> improvements.claimOverdue(now).chain(ids -> people.activeWith(Role.MANAGER)
                .chain(managers -> Sequential.each(ids, id -> improvements.findById(id).chain(i -> {
                    List<UUID> to = new java.util.ArrayList<>(managers.stream().map(m -> m.id()).toList());
                    if (!to.contains(i.ownerId)) {
                        to.add(i.ownerId);
                    }
                    return Sequential.each(to, who -> notifier.send(Notifier.Recipient.inAppOnly(who), NotificationKind.IMPROVEMENT_OVERDUE,
                            Map.of("title", i.title), Notifier.About.NOTHING));
                }))).replaceWith(ids.size())));
    }

    // ---------------------------------------------------------------------------------------------------- views

    private Uni<ImprovementView> view(Improvement i) {
        Instant now = clock.instant();
        return Panache.withSession(() -> people.find(i.ownerId)).chain(owner -> kpis.zone().chain(zone ->
                trend(i, zone, now).map(t -> new ImprovementView(i.id.toString(), i.indicator, i.cause, i.title, i.action,
                        i.expectedEffect, new PersonRef(owner.id().toString(), owner.name()), at(i.deadline, ZoneOffset.UTC),
                        i.status, Improvement.OPEN.equals(i.status) && !now.isBefore(i.deadline), at(i.createdAt, ZoneOffset.UTC),
                        at(i.doneAt, ZoneOffset.UTC), i.doneNote, t[0], t[1]))));
    }

    /** The indicator over the 30 days before the action, and since it was done (or recorded), up to 30 days. */
    private Uni<Double[]> trend(Improvement i, ZoneId zone, Instant now) {
        if (i.indicator == null) {
            return Uni.createFrom().item(new Double[]{null, null});
        }
        LocalDate recorded = i.createdAt.atZone(zone).toLocalDate();
        LocalDate since = (i.doneAt != null ? i.doneAt : i.createdAt).atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate until = since.plusDays(TREND_DAYS - 1).isAfter(today) ? today : since.plusDays(TREND_DAYS - 1);
        Uni<Double> before = kpis.report(recorded.minusDays(TREND_DAYS), recorded.minusDays(1), Scope.SHOP, Set.of(i.indicator))
                .map(r -> r.indicators().get(0).figures().get(0).value());
        Uni<Double> after = kpis.report(since, until, Scope.SHOP, Set.of(i.indicator))
                .map(r -> r.indicators().get(0).figures().get(0).value());
        return Uni.combine().all().unis(before, after).asTuple().map(t -> new Double[]{t.getItem1(), t.getItem2()});
    }
}

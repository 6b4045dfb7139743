package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.common.Durations;
import io.pitstop.common.JobMarks;
import io.pitstop.common.NativeSql;
import io.pitstop.common.Sequential;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The booking time limits, enforced by the clock: a booking not confirmed within the confirmation limit is escalated
 * to the advisors and the managers; a confirmed booking is reminded the day before; one not checked in well after its
 * start becomes a no-show candidate for its advisor (all limits from {@link BookingRules}). Each job selects due work
 * with FOR UPDATE SKIP LOCKED and records what it did under a unique key, so several instances (or two runs) never act
 * twice.
 */
@ApplicationScoped
public class BookingJobs {

    private static final Set<AppointmentStatus> UNCONFIRMED = Set.of(AppointmentStatus.REQUESTED);
    private static final Set<AppointmentStatus> CONFIRMED = Set.of(AppointmentStatus.CONFIRMED);

    private final AppointmentRepository appointments;
    private final BookingJournal journal;
    private final BookingNotices notices;
    private final JobMarks marks;
    private final BookingRules rules;
    private final Clock clock;

    public BookingJobs(AppointmentRepository appointments, BookingJournal journal, BookingNotices notices, JobMarks marks,
                       BookingRules rules, Clock clock) {
        this.appointments = appointments;
        this.journal = journal;
        this.notices = notices;
        this.marks = marks;
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(every = "${pitstop.booking.jobs-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return escalateUnconfirmed().chain(this::remindTomorrow).chain(this::flagNoShows).replaceWithVoid();
    }

    /** Bookings past their confirm-by time: marked escalated (once per confirmation window) and raised. */
    public Uni<Integer> escalateUnconfirmed() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> NativeSql.ids("""
                        update appointment set escalated_at = ?1
                        where id in (select id from appointment
                                     where status in (?2) and confirm_by <= ?1 and escalated_at is null
                                     order by confirm_by limit 100 for update skip locked)
                        returning id
                        """, now, UNCONFIRMED)
                .chain(appointments::byIds)
                .chain(list -> Sequential.each(list, a -> journal.bySystem(a, "ESCALATED",
                                "not confirmed within " + Durations.en(rules.confirmWithin())).chain(() -> notices.overdue(a)))
                        .replaceWith(list.size())));
    }

    /** Confirmed bookings starting within the reminder window: the owner is reminded, once per start time. */
    public Uni<Integer> remindTomorrow() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> NativeSql.ids("""
                        select id from appointment
                        where status in (?3) and starts_at > ?1 and starts_at <= ?2
                        order by starts_at limit 200 for update skip locked
                        """, now, now.plus(rules.remindBefore()), CONFIRMED)
                .chain(appointments::byIds)
                .chain(list -> Sequential.each(list, a -> marks.claim("REMINDER", subject(a), now)
                                .chain(first -> first ? notices.reminder(a) : Uni.createFrom().voidItem()))
                        .replaceWith(list.size())));
    }

    /** Confirmed bookings not checked in well after their start (within two days): the advisor is asked to mark them. */
    public Uni<Integer> flagNoShows() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> NativeSql.ids("""
                        select id from appointment
                        where status in (?3) and starts_at <= ?1 and starts_at > ?2
                        order by starts_at limit 200 for update skip locked
                        """, now.minus(rules.noShowAfter()), now.minus(Duration.ofDays(2)), CONFIRMED)
                .chain(appointments::byIds)
                .chain(list -> Sequential.each(list, a -> marks.claim("NO_SHOW_CANDIDATE", subject(a), now)
                                .chain(first -> first ? notices.noShowCandidate(a) : Uni.createFrom().voidItem()))
                        .replaceWith(list.size())));
    }

    /** One mark per appointment and promised start: a rescheduled booking is reminded again for its new time. */
    private static UUID subject(Appointment a) {
        return UUID.nameUUIDFromBytes((a.id + "@" + a.startsAt).getBytes(StandardCharsets.UTF_8));
    }
}

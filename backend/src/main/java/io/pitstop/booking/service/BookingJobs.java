package io.pitstop.booking.service;

import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentEvent;
import io.pitstop.booking.persistence.AppointmentEventRepository;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.common.Durations;
import io.pitstop.common.JobMarks;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The booking time limits, enforced by the clock: a booking not confirmed within 15 minutes is escalated to the
 * advisors' board and the managers; a confirmed booking is reminded the day before; one not checked in 30 minutes
 * after its start becomes a no-show candidate for its advisor. Each job selects due work with FOR UPDATE SKIP LOCKED
 * and records what it did under a unique key, so several instances (or two runs) never act twice.
 */
@ApplicationScoped
public class BookingJobs {

    private final AppointmentRepository appointments;
    private final AppointmentEventRepository events;
    private final AccountRepository accounts;
    private final ShopService shop;
    private final Notifier notifier;
    private final JobMarks marks;
    private final BookingRules rules;
    private final Clock clock;

    public BookingJobs(AppointmentRepository appointments, AppointmentEventRepository events, AccountRepository accounts,
                       ShopService shop, Notifier notifier, JobMarks marks, BookingRules rules, Clock clock) {
        this.appointments = appointments;
        this.events = events;
        this.accounts = accounts;
        this.shop = shop;
        this.notifier = notifier;
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
        return Panache.withTransaction(() -> due("""
                        update appointment set escalated_at = ?1
                        where id in (select id from appointment
                                     where status = 'REQUESTED' and confirm_by <= ?1 and escalated_at is null
                                     order by confirm_by limit 100 for update skip locked)
                        returning id
                        """, now)
                .chain(ids -> appointments.byIds(ids))
                .chain(list -> accounts.activeWith(Role.ADVISOR, Role.MANAGER).chain(people -> shop.schedule().chain(schedule ->
                        Sequential.each(list, a -> event(a, "ESCALATED", "not confirmed within " + Durations.en(rules.confirmWithin()))
                                .chain(() -> accounts.findById(a.customerId))
                                .chain(customer -> {
                                    Map<String, String> p = BookingService.params(a, schedule);
                                    p.put("customerName", customer.name);
                                    String text = "预约 " + a.reference + "（" + customer.name + "）已超过 " + Durations.zh(rules.confirmWithin()) + "未确认，请立即处理。";
                                    return Sequential.each(people, person -> notifier.send(Recipient.inAppOnly(person.id),
                                            "CONFIRMATION_OVERDUE", p, text, a.id));
                                }))))
                        .map(x -> list.size())));
    }

    /** Confirmed bookings starting within the reminder window: the customer is reminded, once per start time. */
    public Uni<Integer> remindTomorrow() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> due("""
                        select id from appointment
                        where status = 'CONFIRMED' and starts_at > ?1 and starts_at <= ?2
                        order by starts_at limit 200 for update skip locked
                        """, now, now.plus(rules.remindBefore()))
                .chain(ids -> appointments.byIds(ids))
                .chain(list -> shop.schedule().chain(schedule -> Sequential.each(list, a -> marks.claim("REMINDER", subject(a), now)
                        .chain(first -> !first ? Uni.createFrom().voidItem() : accounts.findById(a.customerId)
                                .chain(c -> {
                                    Map<String, String> p = BookingService.params(a, schedule);
                                    return notifier.send(new Recipient(c.id, c.phone), "BOOKING_REMINDER", p,
                                            "提醒：您的预约 " + a.reference + " 在 " + p.get("when") + "，请准时到店。", a.id);
                                })))
                        .map(x -> list.size()))));
    }

    /** Confirmed bookings not checked in well after their start: the advisor is asked to mark them. */
    public Uni<Integer> flagNoShows() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> due("""
                        select id from appointment
                        where status = 'CONFIRMED' and starts_at <= ?1 and starts_at > ?2
                        order by starts_at limit 200 for update skip locked
                        """, now.minus(rules.noShowAfter()), now.minus(java.time.Duration.ofDays(2)))
                .chain(ids -> appointments.byIds(ids))
                .chain(list -> shop.schedule().chain(schedule -> Sequential.each(list, a -> marks.claim("NO_SHOW_CANDIDATE", subject(a), now)
                        .chain(first -> !first ? Uni.createFrom().voidItem() : accounts.findById(a.customerId)
                                .chain(c -> {
                                    Map<String, String> p = BookingService.params(a, schedule);
                                    p.put("customerName", c.name);
                                    return notifier.send(Recipient.inAppOnly(a.advisorId), "NO_SHOW_CANDIDATE", p,
                                            "预约 " + a.reference + "（" + c.name + "）已过开始时间 " + rules.noShowAfter().toMinutes()
                                                    + " 分钟仍未到店，请确认是否爽约。", a.id);
                                })))
                        .map(x -> list.size()))));
    }

    private Uni<List<UUID>> due(String sql, Instant... times) {
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql, UUID.class);
            for (int i = 0; i < times.length; i++) {
                q.setParameter(i + 1, times[i].atOffset(ZoneOffset.UTC));
            }
            return q.getResultList();
        });
    }

    private Uni<Void> event(Appointment a, String type, String detail) {
        AppointmentEvent e = new AppointmentEvent();
        e.appointmentId = a.id;
        e.at = clock.instant();
        e.type = type;
        e.actorName = "system";
        e.startsAt = a.startsAt;
        e.endsAt = a.endsAt;
        e.fromStatus = a.status;
        e.toStatus = a.status;
        e.detail = detail;
        return events.persist(e).replaceWithVoid();
    }

    /** One mark per appointment and promised start: a rescheduled booking is reminded again for its new time. */
    private static UUID subject(Appointment a) {
        return UUID.nameUUIDFromBytes((a.id + "@" + a.startsAt).getBytes(StandardCharsets.UTF_8));
    }

}

package io.pitstop.booking.service;

import io.pitstop.booking.persistence.Appointment;
import io.pitstop.common.Language;
import io.pitstop.common.Messages;
import io.pitstop.common.Sequential;
import io.pitstop.common.Times;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import io.pitstop.notify.Notifier.About;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each step of a booking owes the people around it: the owner hears of their booking by SMS, in their language;
 * advisors see new bookings in their inbox (by SMS too when it is an emergency). Texts are in the booking bundles; the
 * limits they name come from {@link BookingRules} as ISO durations. Runs in the caller's transaction.
 */
@ApplicationScoped
public class BookingNotices {

    private final Notifier notifier;
    private final People people;
    private final ShopService shop;
    private final BookingRules rules;

    public BookingNotices(Notifier notifier, People people, ShopService shop, BookingRules rules) {
        this.notifier = notifier;
        this.people = people;
        this.shop = shop;
        this.rules = rules;
    }

    /** The owner hears the booking was received; advisors see it, all of them by SMS at once when it is an emergency. */
    public Uni<Void> received(Appointment a, Person customer, String plate) {
        return params(a).chain(p -> {
            p.put("customerName", customer.name());
            p.put("plate", plate);
            p.put("confirmWithin", rules.confirmWithin().toString());
            if (!a.emergency) {
                // the usual case in one statement, the advisors chosen by it (inbox only, nothing read first)
                return notifier.sendWithInboxes(bySms(customer), NotificationKind.BOOKING_RECEIVED,
                        NotificationKind.NEW_BOOKING, p, About.booking(a.id), List.of(Role.ADVISOR.name()));
            }
            NotificationKind kind = NotificationKind.EMERGENCY_BOOKING;
            return notifier.send(bySms(customer), NotificationKind.BOOKING_RECEIVED, p, About.booking(a.id))
                    .chain(() -> people.activeWith(Role.ADVISOR))
                    .chain(advisors -> Sequential.each(advisors, adv -> notifier.send(
                            bySms(adv), kind, p, About.booking(a.id))));
        });
    }

    /** The owner learns who their advisor is, how to reach them and what to bring. */
    public Uni<Void> confirmed(Appointment a) {
        return withAdvisor(a, NotificationKind.BOOKING_CONFIRMED);
    }

    public Uni<Void> rescheduled(Appointment a, Caller by) {
        return params(a).chain(p -> tellTheOtherSide(a, by, NotificationKind.BOOKING_RESCHEDULED, p));
    }

    public Uni<Void> cancelled(Appointment a, Caller by, String reason) {
        return params(a).chain(p -> {
            p.put("reason", reason);
            return tellTheOtherSide(a, by, NotificationKind.BOOKING_CANCELLED, p);
        });
    }

    /** Not confirmed in time: every active advisor and manager sees it in their inbox. */
    public Uni<Void> overdue(Appointment a) {
        return params(a).chain(p -> people.find(a.customerId).chain(customer -> {
            p.put("customerName", customer.name());
            p.put("confirmWithin", rules.confirmWithin().toString());
            return people.activeWith(Role.ADVISOR, Role.MANAGER).chain(staff -> Sequential.each(staff, s ->
                    notifier.send(Recipient.inAppOnly(s.id()), NotificationKind.CONFIRMATION_OVERDUE, p, About.booking(a.id))));
        }));
    }

    /** The day before: the owner is reminded by SMS, again with their advisor, the advisor's phone and what to bring. */
    public Uni<Void> reminder(Appointment a) {
        return withAdvisor(a, NotificationKind.BOOKING_REMINDER);
    }

    /**
     * To the owner, in their language: the advisor and their phone, and what to bring for this service (the service
     * type's own list, else the shop's usual one from the bundles).
     */
    private Uni<Void> withAdvisor(Appointment a, NotificationKind kind) {
        return params(a).chain(p -> people.find(a.advisorId).chain(advisor -> people.find(a.customerId).chain(customer ->
                shop.schedule().chain(schedule -> {
                    p.put("advisorName", advisor.name());
                    p.put("advisorPhone", advisor.phone());
                    p.put("bring", whatToBring(schedule.serviceTypes().get(a.serviceType), customer.language()));
                    return notifier.send(bySms(customer), kind, p, About.booking(a.id));
                }))));
    }

    static String whatToBring(ShopSchedule.ServiceInfo type, Language language) {
        String own = type == null ? null : language == Language.EN ? type.bringEn() : type.bringZh();
        return own != null ? own : Messages.text(language, "booking.bring.default", Map.of());
    }

    /** Not checked in well after the start: the booking's advisor is asked whether it is a no-show. */
    public Uni<Void> noShowCandidate(Appointment a) {
        return params(a).chain(p -> people.find(a.customerId).chain(customer -> {
            p.put("customerName", customer.name());
            p.put("noShowAfter", rules.noShowAfter().toString());
            return notifier.send(Recipient.inAppOnly(a.advisorId), NotificationKind.NO_SHOW_CANDIDATE, p, About.booking(a.id));
        }));
    }

    /** The owner when staff or a partner changed the booking; the advisor, if any, when the owner did. */
    private Uni<Void> tellTheOtherSide(Appointment a, Caller by, NotificationKind kind, Map<String, String> p) {
        if (by.role().isStaff() || by.isPartner()) {
            return people.find(a.customerId).chain(customer -> notifier.send(bySms(customer), kind, p, About.booking(a.id)));
        }
        if (a.advisorId != null) {
            return notifier.send(Recipient.inAppOnly(a.advisorId), kind, p, About.booking(a.id));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Map<String, String>> params(Appointment a) {
        return shop.zone().map(zone -> {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("reference", a.reference);
            p.put("start", Times.at(a.startsAt, zone).toString());
            return p;
        });
    }

    private static Recipient bySms(Person p) {
        return new Recipient(p.id(), p.phone(), p.language());
    }
}

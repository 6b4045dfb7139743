package io.pitstop.repair.service;

import io.pitstop.booking.service.VehicleService;
import io.pitstop.common.Language;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Person;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.repair.persistence.RepairOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What people hear about an order: always the reference and the plate, then what the kind says. The owner reads an
 * SMS in their own language; the staff's notices carry the promised time when there is one.
 */
@ApplicationScoped
public class RepairNotices {

    private final People people;
    private final VehicleService vehicles;
    private final Notifier notifier;

    public RepairNotices(People people, VehicleService vehicles, Notifier notifier) {
        this.people = people;
        this.vehicles = vehicles;
        this.notifier = notifier;
    }

    /** The owner: in the app always, by SMS as well for what needs their action or changes their plans. */
    Uni<Void> owner(RepairOrder o, NotificationKind kind, Map<String, String> extra, boolean sms) {
        return people.find(o.customerId).chain(owner -> params(o, null, extra).chain(p ->
                notifier.send(sms ? bySms(owner) : Recipient.inAppOnly(owner.id()), kind, p, about(o))));
    }

    /** The owner, with parameters said in the owner's language (a part's name). */
    Uni<Void> owner(RepairOrder o, NotificationKind kind, Function<Language, Map<String, String>> extra, boolean sms) {
        return people.find(o.customerId).chain(owner -> params(o, null, extra.apply(owner.language())).chain(p ->
                notifier.send(sms ? bySms(owner) : Recipient.inAppOnly(owner.id()), kind, p, about(o))));
    }

    /** Members of staff in the app, each with parameters said in their own language (a part's name). */
    Uni<Void> staff(Acting act, RepairOrder o, List<Person> to, NotificationKind kind, Function<Language, Map<String, String>> extra) {
        return Sequential.each(to, who -> params(o, act, extra.apply(who.language())).chain(p ->
                notifier.send(new Recipient(who.id(), null, who.language()), kind, p, about(o))));
    }

    /** One member of staff, in the app. */
    Uni<Void> staff(Acting act, RepairOrder o, UUID to, NotificationKind kind, Map<String, String> extra) {
        return params(o, act, extra).chain(p -> notifier.send(Recipient.inAppOnly(to), kind, p, about(o)));
    }

    /** Members of staff, in the app, and by SMS as well when it cannot wait. */
    Uni<Void> staff(Acting act, RepairOrder o, List<Person> to, NotificationKind kind, Map<String, String> extra, boolean sms) {
        return params(o, act, extra).chain(p -> Sequential.each(to, who ->
                notifier.send(sms ? bySms(who) : Recipient.inAppOnly(who.id()), kind, p, about(o))));
    }

    private Uni<Map<String, String>> params(RepairOrder o, Acting act, Map<String, String> extra) {
        return vehicles.find(o.vehicleId).map(v -> {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("reference", o.reference);
            p.put("plate", v.plate());
            if (act != null && o.promisedAt != null) {
                p.put("promisedAt", act.at(o.promisedAt).toString());
            }
            p.putAll(extra);
            return p;
        });
    }

    private static Recipient bySms(Person p) {
        return new Recipient(p.id(), p.phone(), p.language());
    }

    private static Notifier.About about(RepairOrder o) {
        return Notifier.About.order(o.appointmentId, o.id);
    }
}

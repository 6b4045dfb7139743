package io.pitstop.booking.service;

import java.time.temporal.ChronoUnit;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.Detail;
import io.pitstop.common.Paging;
import io.pitstop.booking.AppointmentAdvisor;
import io.pitstop.booking.AppointmentBay;
import io.pitstop.booking.AppointmentCustomer;
import io.pitstop.booking.AppointmentEventView;
import io.pitstop.booking.AppointmentServiceType;
import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.AppointmentVehicle;
import io.pitstop.booking.AppointmentView;
import io.pitstop.booking.BookingWarning;
import io.pitstop.booking.BookingWarningCode;
import io.pitstop.booking.WorkshopPresence;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentEventRepository;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.pitstop.common.Times.at;

/**
 * Bookings as people see them: the owner their own, staff all of a period, a partner those it made; one booking and
 * its history. Another customer's booking does not exist for the caller (404, never 403).
 */
@ApplicationScoped
public class BookingViews {

    private final AppointmentRepository appointments;
    private final AppointmentEventRepository events;
    private final VehicleRepository vehicles;
    private final People people;
    private final WorkshopPresence workshop;
    private final ShopService shop;
    private final BookingRules rules;
    private final Clock clock;

    public BookingViews(AppointmentRepository appointments, AppointmentEventRepository events, VehicleRepository vehicles,
                        People people, WorkshopPresence workshop, ShopService shop, BookingRules rules, Clock clock) {
        this.appointments = appointments;
        this.events = events;
        this.vehicles = vehicles;
        this.people = people;
        this.workshop = workshop;
        this.shop = shop;
        this.rules = rules;
        this.clock = clock;
    }

    /** The longest period a list of bookings may span: the owner's default, a year back and a year ahead. */
    static final int MAX_LIST_DAYS = 731;

    /** Days in the shop's zone; by default the owner sees the last and the next 365 days, staff today. */
    @WithSession
    public Uni<List<AppointmentView>> list(Caller caller, AppointmentStatus status, LocalDate from, LocalDate to, Paging.Page page) {
        return shop.schedule().chain(schedule -> {
            LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
            boolean customer = caller.role() == Role.CUSTOMER;
            LocalDate first = from != null ? from : customer ? today.minusDays(365) : today;
            LocalDate last = to != null ? to : customer ? today.plusDays(365) : first;
            BookingWindow.requireOrdered(first, last);
            if (ChronoUnit.DAYS.between(first, last) >= MAX_LIST_DAYS) {
                throw new InvalidInputException("to", Detail.of("problem.booking.range-too-wide", Map.of("days", MAX_LIST_DAYS)));
            }
            Instant a = first.atStartOfDay(schedule.zone()).toInstant();
            Instant b = last.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
            return appointments.search(customer ? caller.accountId() : null, status, a, b)
                    .map(list -> caller.isPartner()
                            ? list.stream().filter(x -> x.bookedBy.equals(caller.subject())).toList() : list)
                    .map(page::of)
                    .chain(list -> of(list, schedule));
        });
    }

    @WithSession
    public Uni<AppointmentView> get(Caller caller, UUID id) {
        return appointments.findById(id).map(a -> visibleTo(caller, id, a)).chain(this::of);
    }

    @WithSession
    public Uni<List<AppointmentEventView>> history(Caller caller, UUID id) {
        return appointments.findById(id).map(a -> visibleTo(caller, id, a)).chain(a -> shop.zone().chain(zone ->
                events.history(a.id).map(list -> list.stream().map(e -> new AppointmentEventView(at(e.at, zone), e.actorName,
                        e.actorRole, e.type, e.fromStatus, e.toStatus, at(e.startsAt, zone), e.detail)).toList())));
    }

    /**
     * The appointment if the caller may see it: the owner their own, a partner those it booked, staff any. Otherwise it
     * does not exist for them.
     */
    static Appointment visibleTo(Caller caller, UUID id, Appointment a) {
        boolean allowed = a != null && switch (caller.role()) {
            case CUSTOMER -> a.customerId.equals(caller.accountId());
            case PARTNER -> a.bookedBy.equals(caller.subject());
            default -> true;
        };
        if (!allowed) {
            throw new NotFoundException("appointment", id);
        }
        return a;
    }

    /** The view of a booking, in the caller's session. */
    public Uni<AppointmentView> of(Appointment a) {
        return shop.schedule().chain(schedule -> of(a, schedule));
    }

    /** The view of a booking against a schedule the caller already holds. */
    public Uni<AppointmentView> of(Appointment a, ShopSchedule schedule) {
        return of(List.of(a), schedule).map(list -> list.get(0));
    }

    /** The view of the booking with this id, in the caller's session. */
    public Uni<AppointmentView> byId(UUID id) {
        return appointments.findById(id).chain(this::of);
    }

    /** What an advisor should know of a booking about to be placed (see {@link #warnings(List, ZoneId)}). */
    public Uni<List<BookingWarning>> warnings(Appointment a, ZoneId zone) {
        return warnings(List.of(a), zone).map(warned -> warned.getOrDefault(a.id, List.of()));
    }

    /** The view of a booking just placed, from what placing it read: its customer, car and warnings. */
    public AppointmentView placed(Appointment a, ShopSchedule schedule, Person customer, Vehicle car,
                                  List<BookingWarning> warnings) {
        return view(a, schedule, Map.of(customer.id(), customer), Map.of(car.id, car), bays(schedule), warnings);
    }

    private static Map<UUID, ShopSchedule.BayInfo> bays(ShopSchedule schedule) {
        Map<UUID, ShopSchedule.BayInfo> bays = new LinkedHashMap<>();
        schedule.bays().forEach(b -> bays.put(b.id(), b));
        return bays;
    }

    /** Views against a schedule: customers, vehicles and advisors read in two queries, the warnings in two more. */
    private Uni<List<AppointmentView>> of(List<Appointment> list, ShopSchedule schedule) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> persons = list.stream().flatMap(a -> Stream.of(a.customerId, a.advisorId)).collect(Collectors.toSet());
        Set<UUID> cars = list.stream().map(a -> a.vehicleId).collect(Collectors.toSet());
        return people.byIds(persons).chain(byId -> vehicles.list("id in ?1", cars).chain(vs -> warnings(list, schedule.zone()).map(warned -> {
            Map<UUID, Vehicle> carById = vs.stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
            Map<UUID, ShopSchedule.BayInfo> bays = bays(schedule);
            return list.stream().map(a -> view(a, schedule, byId, carById, bays, warned.getOrDefault(a.id, List.of()))).toList();
        })));
    }

    /**
     * What an advisor should know of bookings still to come (requested or confirmed): the car already has an open repair
     * order, or the customer holds another live booking at an overlapping time.
     */
    private Uni<Map<UUID, List<BookingWarning>>> warnings(List<Appointment> list, ZoneId zone) {
        List<Appointment> pending = list.stream().filter(a -> a.status == AppointmentStatus.REQUESTED
                || a.status == AppointmentStatus.CONFIRMED).toList();
        if (pending.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Set<UUID> cars = pending.stream().map(a -> a.vehicleId).collect(Collectors.toSet());
        Set<UUID> customers = pending.stream().map(a -> a.customerId).collect(Collectors.toSet());
        Instant from = pending.stream().map(a -> a.startsAt).min(Instant::compareTo).orElseThrow();
        Instant to = pending.stream().map(a -> a.endsAt).max(Instant::compareTo).orElseThrow();
        return workshop.openOrders(cars).chain(open -> appointments.liveOfCustomers(customers, from, to).map(others -> {
            Map<UUID, List<BookingWarning>> result = new LinkedHashMap<>();
            for (Appointment a : pending) {
                List<BookingWarning> w = new java.util.ArrayList<>();
                String order = open.get(a.vehicleId);
                if (order != null) {
                    w.add(new BookingWarning(BookingWarningCode.IN_WORKSHOP, order, null));
                }
                others.stream().filter(o -> !o.id.equals(a.id) && o.customerId.equals(a.customerId)
                                && o.startsAt.isBefore(a.endsAt) && o.endsAt.isAfter(a.startsAt))
                        .sorted(java.util.Comparator.comparing((Appointment o) -> o.startsAt))
                        .forEach(o -> w.add(new BookingWarning(BookingWarningCode.OVERLAPPING_BOOKING, o.reference, at(o.startsAt, zone))));
                if (!w.isEmpty()) {
                    result.put(a.id, List.copyOf(w));
                }
            }
            return result;
        }));
    }

    private AppointmentView view(Appointment a, ShopSchedule schedule, Map<UUID, Person> persons, Map<UUID, Vehicle> cars,
                                 Map<UUID, ShopSchedule.BayInfo> bays, List<BookingWarning> warnings) {
        ZoneId zone = schedule.zone();
        Person c = persons.get(a.customerId);
        Vehicle v = cars.get(a.vehicleId);
        Person adv = a.advisorId == null ? null : persons.get(a.advisorId);
        ShopSchedule.ServiceInfo t = schedule.serviceTypes().get(a.serviceType);
        ShopSchedule.BayInfo bay = bays.get(a.bayId);
        return new AppointmentView(a.id.toString(), a.reference, a.status, a.emergency, a.channel,
                at(a.startsAt, zone), at(a.endsAt, zone),
                new AppointmentServiceType(t.code(), t.nameZh(), t.nameEn(), t.durationMinutes(), t.priceMin(), t.priceMax()),
                new AppointmentCustomer(c.id().toString(), c.name(), c.phone()),
                new AppointmentVehicle(v.id.toString(), v.plate, v.make, v.model),
                bay == null ? new AppointmentBay(a.bayId.toString(), "?", "?", null) : new AppointmentBay(bay.id().toString(), bay.code(), bay.name(), bay.nameEn()),
                a.faultDescription,
                adv == null ? null : new AppointmentAdvisor(adv.id().toString(), adv.name(), adv.phone()),
                at(a.confirmBy, zone), a.escalatedAt != null, at(a.createdAt, zone), at(a.confirmedAt, zone),
                at(a.startsAt.minus(rules.changeCutoff()), zone), a.mileageKm, a.handover, warnings);
    }
}

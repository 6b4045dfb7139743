package io.pitstop.demo;

import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.Channel;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentEvent;
import io.pitstop.booking.persistence.AppointmentEventRepository;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.booking.EnergyType;
import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.shop.persistence.Bay;
import io.pitstop.shop.persistence.BayRepository;
import io.pitstop.shop.persistence.ServiceType;
import io.pitstop.shop.persistence.ServiceTypeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo customers' vehicles and a week of bookings around the first start (three days back, three ahead) in
 * every state, so that a newcomer opens a living calendar: checked-in and no-show visits behind, confirmed and
 * requested ones ahead, and one overdue for confirmation today.
 */
@ApplicationScoped
public class DemoCalendar {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** One row of the daily plan: bay, service, start time, and the status per day kind. */
    private record Visit(String bay, String service, LocalTime at, AppointmentStatus past, AppointmentStatus today,
                         AppointmentStatus future) {
    }

    private static final List<Visit> PLAN = List.of(
            new Visit("B2", "MINOR_SERVICE", LocalTime.of(9, 0), AppointmentStatus.CHECKED_IN, AppointmentStatus.CHECKED_IN, AppointmentStatus.CONFIRMED),
            new Visit("B1", "MAJOR_SERVICE", LocalTime.of(10, 0), AppointmentStatus.CHECKED_IN, AppointmentStatus.CONFIRMED, AppointmentStatus.REQUESTED),
            new Visit("B3", "DIAGNOSTIC_CHECK", LocalTime.of(14, 0), AppointmentStatus.NO_SHOW, AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED),
            new Visit("B4", "EV_BATTERY_CHECK", LocalTime.of(15, 0), AppointmentStatus.CANCELLED, AppointmentStatus.CONFIRMED, AppointmentStatus.CANCELLED),
            new Visit("B5", "BODY_REPAIR", LocalTime.of(9, 30), AppointmentStatus.CHECKED_IN, AppointmentStatus.CHECKED_IN, AppointmentStatus.REQUESTED));

    private static final int[] CAR_OF_VISIT = {0, 1, 0, 2, 3};

    private final AccountRepository accounts;
    private final VehicleRepository vehicles;
    private final BayRepository bays;
    private final ServiceTypeRepository serviceTypes;
    private final AppointmentRepository appointments;
    private final AppointmentEventRepository events;

    public DemoCalendar(AccountRepository accounts, VehicleRepository vehicles, BayRepository bays,
                        ServiceTypeRepository serviceTypes, AppointmentRepository appointments, AppointmentEventRepository events) {
        this.accounts = accounts;
        this.vehicles = vehicles;
        this.bays = bays;
        this.serviceTypes = serviceTypes;
        this.appointments = appointments;
        this.events = events;
    }

    Uni<Void> seed(Instant now) {
        return accounts.list("role = ?1 order by phone", Role.CUSTOMER).chain(customers -> {
            List<Vehicle> cars = new ArrayList<>();
            Map<String, Account> byPhone = customers.stream().collect(Collectors.toMap(a -> a.phone, Function.identity()));
            cars.add(vehicle(byPhone.get("13900000001"), "沪A12345", "LSVAU2180N2183294", "Volkswagen", "Lavida", 2021, 42_300, now));
            cars.add(vehicle(byPhone.get("13900000001"), "沪AD67890", "LGXC16DF3P0012345", "BYD", "Han EV", 2023, 18_900, now));
            cars.add(vehicle(byPhone.get("13900000002"), "沪B88888", "LVGBE40K8KG123456", "Toyota", "Camry", 2019, 86_000, now));
            cars.add(vehicle(byPhone.get("+4915112345678"), "沪AF24680", "LRW3E7EK2PC123456", "Tesla", "Model 3", 2023, 25_400, now));
            // The two electric cars: their reception reads the battery, not a fuel gauge.
            cars.get(1).energyType = EnergyType.EV;
            cars.get(3).energyType = EnergyType.EV;
            return vehicles.persist(cars).chain(() -> vehicles.flush())
                    .chain(() -> accounts.list("role = ?1 order by phone", Role.ADVISOR))
                    .chain(advisors -> bays.listAll().chain(bayList -> serviceTypes.listAll().chain(types ->
                            week(now, cars, customers, advisors,
                                    bayList.stream().collect(Collectors.toMap(b -> b.code, Function.identity())),
                                    types.stream().collect(Collectors.toMap(t -> t.code, Function.identity()))))));
        });
    }

    private Uni<Void> week(Instant now, List<Vehicle> cars, List<Account> customers, List<Account> advisors,
                           Map<String, Bay> bays, Map<String, ServiceType> types) {
        LocalDate today = now.atZone(SHANGHAI).toLocalDate();
        Map<UUID, Account> owners = customers.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Appointment> all = new ArrayList<>();
        List<AppointmentEvent> history = new ArrayList<>();
        int n = 0;
        for (int offset = -3; offset <= 3; offset++) {
            LocalDate day = today.plusDays(offset);
            for (int v = 0; v < PLAN.size(); v++) {
                Visit visit = PLAN.get(v);
                // A car is in one place at a time: the first and third visits of a day never overlap, so they
                // may share a car; the others get a car each.
                Vehicle car = cars.get(Math.floorMod(offset + CAR_OF_VISIT[v], cars.size()));
                Account advisor = advisors.get(n % advisors.size());
                n++;
                AppointmentStatus status = offset < 0 ? visit.past() : offset == 0 ? visit.today() : visit.future();
                Instant start = day.atTime(visit.at()).atZone(SHANGHAI).toInstant();
                // Past and today's visits were booked days ahead; requests still waiting came in minutes ago, so
                // the board opens with live 15-minute countdowns (and just the one overdue booking set below).
                // Booked (and confirmed minutes later) in opening hours, as the desk would have done it.
                Instant booked = offset <= 0 ? DemoData.inHours(start.minus(Duration.ofDays(2)))
                        : status == AppointmentStatus.REQUESTED ? now.minus(Duration.ofMinutes(1 + n % 10))
                        : DemoData.inHours(now.minus(Duration.ofHours(n)));
                Appointment a = new Appointment();
                a.id = UUID.randomUUID();
                a.reference = "BK-D" + String.format("%05d", n);
                a.customerId = car.customerId;
                a.vehicleId = car.id;
                a.serviceType = visit.service();
                a.bayId = bays.get(visit.bay()).id;
                a.startsAt = start;
                a.endsAt = start.plus(Duration.ofMinutes(types.get(visit.service()).durationMinutes));
                a.status = status;
                a.channel = n % 3 == 0 ? Channel.PHONE : Channel.APP;
                a.faultDescription = n % 2 == 0 ? "例行保养" : "仪表盘故障灯亮";
                a.bookedBy = car.customerId.toString();
                a.createdAt = booked;
                a.confirmBy = booked.plus(Duration.ofMinutes(15));
                if (offset == 0 && status == AppointmentStatus.REQUESTED) {
                    // Booked 20 minutes ago and still waiting: the confirmation SLA is already broken.
                    a.createdAt = now.minus(Duration.ofMinutes(20));
                    a.confirmBy = now.minus(Duration.ofMinutes(5));
                }
                history.add(event(a, a.createdAt, owners.get(a.customerId), "BOOKED", null, AppointmentStatus.REQUESTED));
                if (status != AppointmentStatus.REQUESTED && status != AppointmentStatus.CANCELLED
                        || status == AppointmentStatus.CANCELLED && n % 2 == 0) {
                    a.advisorId = advisor.id;
                    a.confirmedAt = a.createdAt.plus(Duration.ofMinutes(6));
                    history.add(event(a, a.confirmedAt, advisor, "CONFIRMED", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED));
                }
                AppointmentStatus before = a.advisorId != null ? AppointmentStatus.CONFIRMED : AppointmentStatus.REQUESTED;
                switch (status) {
                    // Ten minutes early, or at opening (Sunday's 09:00 visit).
                    case CHECKED_IN -> history.add(event(a, DemoData.WORK.nextOpen(start.minus(Duration.ofMinutes(10))), advisor,
                            "CHECKED_IN", before, status));
                    case NO_SHOW -> history.add(event(a, start.plus(Duration.ofMinutes(40)), advisor, "NO_SHOW", before, status));
                    case CANCELLED -> history.add(withDetail(event(a, a.createdAt.plus(Duration.ofHours(3)), owners.get(a.customerId),
                            "CANCELLED", before, status), "行程有变"));
                    default -> {
                    }
                }
                all.add(a);
            }
        }
        return appointments.persist(all).chain(() -> appointments.flush()).chain(() -> events.persist(history)).replaceWithVoid();
    }

    private static Vehicle vehicle(Account owner, String plate, String vin, String make, String model, int year, int km, Instant now) {
        Vehicle v = new Vehicle();
        v.id = UUID.randomUUID();
        v.customerId = owner.id;
        v.plate = plate;
        v.vin = vin;
        v.make = make;
        v.model = model;
        v.year = (short) year;
        v.mileageKm = km;
        v.createdAt = now;
        v.createdBy = owner.id;
        return v;
    }

    private static AppointmentEvent event(Appointment a, Instant at, Account actor, String type, AppointmentStatus from,
                                          AppointmentStatus to) {
        AppointmentEvent e = new AppointmentEvent();
        e.appointmentId = a.id;
        e.at = at;
        e.actorId = actor.id.toString();
        e.actorName = actor.name;
        e.actorRole = actor.role;
        e.type = type;
        e.fromStatus = from;
        e.toStatus = to;
        e.startsAt = a.startsAt;
        e.endsAt = a.endsAt;
        return e;
    }

    private static AppointmentEvent withDetail(AppointmentEvent e, String detail) {
        e.detail = detail;
        return e;
    }
}

package io.pitstop.booking.service;

import io.pitstop.booking.AppointmentAdvisor;
import io.pitstop.booking.AppointmentBay;
import io.pitstop.booking.AppointmentCustomer;
import io.pitstop.booking.AppointmentEventView;
import io.pitstop.booking.AppointmentRef;
import io.pitstop.booking.AppointmentServiceType;
import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.AppointmentVehicle;
import io.pitstop.booking.AppointmentView;
import io.pitstop.booking.AvailabilityView;
import io.pitstop.booking.BookingRequest;
import io.pitstop.booking.Channel;
import io.pitstop.booking.Plates;
import io.pitstop.booking.SlotFullException;
import io.pitstop.booking.SlotView;
import io.pitstop.booking.persistence.Appointment;
import io.pitstop.booking.persistence.AppointmentEvent;
import io.pitstop.booking.persistence.AppointmentEventRepository;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.booking.persistence.IdempotencyRepository;
import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Digests;
import io.pitstop.common.DomainException;
import io.pitstop.common.Durations;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.limits.RateLimiter;
import io.pitstop.identity.Caller;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.notify.Notifier.Recipient;
import io.pitstop.notify.Notifier;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bookings (预约): availability, booking without double booking, the lifecycle and its history, and the
 * notifications each step owes the customer and the advisors.
 */
@ApplicationScoped
public class BookingService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final AppointmentRepository appointments;
    private final AppointmentEventRepository events;
    private final VehicleRepository vehicles;
    private final AccountRepository accounts;
    private final IdempotencyRepository idempotency;
    private final ShopService shop;
    private final Notifier notifier;
    private final BookingRules rules;
    private final Clock clock;
    private final RateLimiter limiter;

    public BookingService(AppointmentRepository appointments, AppointmentEventRepository events, VehicleRepository vehicles,
                          AccountRepository accounts, IdempotencyRepository idempotency, ShopService shop, Notifier notifier,
                          BookingRules rules, Clock clock, RateLimiter limiter) {
        this.appointments = appointments;
        this.events = events;
        this.vehicles = vehicles;
        this.accounts = accounts;
        this.idempotency = idempotency;
        this.shop = shop;
        this.notifier = notifier;
        this.rules = rules;
        this.clock = clock;
        this.limiter = limiter;
    }

    /** A booking's view, and whether it answers a retried request (same idempotency key) rather than a new one. */
    public record Booked(AppointmentView view, boolean replayed) {
    }

    // ------------------------------------------------------------------------------------------------ availability

    @WithSession
    public Uni<AvailabilityView> availability(String serviceType, LocalDate from, LocalDate to, boolean emergency) {
        return shop.schedule().chain(schedule -> {
            ShopSchedule.ServiceInfo type = serviceType(schedule, serviceType, "serviceType");
            Instant now = clock.instant();
            LocalDate first = emergency ? LocalDate.now(clock.withZone(schedule.zone())) : from;
            LocalDate last = emergency ? first : to;
            if (!emergency) {
                if (first == null || last == null) {
                    throw new InvalidInputException(first == null ? "from" : "to", "is required (YYYY-MM-DD)");
                }
                if (last.isBefore(first)) {
                    throw new InvalidInputException("to", "must not be before from");
                }
                if (Duration.between(first.atStartOfDay(), last.atStartOfDay()).toDays() >= rules.maxRangeDays()) {
                    throw new InvalidInputException("to", "the range may span at most " + rules.maxRangeDays() + " days");
                }
            }
            LocalDate horizon = now.plus(rules.horizon()).atZone(schedule.zone()).toLocalDate();
            if (first.isAfter(horizon)) {
                return Uni.createFrom().item(new AvailabilityView(type.code(), type.durationMinutes(), schedule.zone().getId(), List.of()));
            }
            LocalDate until = last.isAfter(horizon) ? horizon : last;
            Instant latest = now.plus(rules.horizon());
            return busyBetween(schedule, type, first, until.plusDays(1))
                    .map(busy -> Availability.slots(schedule, type, busy, now, rules.availabilityRules(), first, until, emergency)
                            .stream().filter(slot -> !slot.start().toInstant().isAfter(latest)).toList())
                    .map(slots -> new AvailabilityView(type.code(), type.durationMinutes(), schedule.zone().getId(),
                            slots.stream().map(BookingService::slotView).toList()));
        });
    }

    // ----------------------------------------------------------------------------------------------------- booking

    public Uni<Booked> book(Caller caller, BookingRequest req, String idempotencyKey, String client) {
        caller.requireScopeIfPartner(PartnerScopes.BOOKINGS_WRITE);
        checkChannel(caller, req.channel());
        checkHorizon(req.start().toInstant(), "start");
        String hash = requestHash(req);
        return limit(caller, client).chain(() -> Panache.withTransaction(() -> {
            if (idempotencyKey == null) {
                return bookOnce(caller, req).map(v -> new Booked(v, false));
            }
            return idempotency.lock(caller.subject(), idempotencyKey)
                    .chain(() -> idempotency.find(caller.subject(), idempotencyKey))
                    .chain(previous -> {
                        if (previous != null) {
                            if (!previous.requestHash().equals(hash)) {
                                return Uni.createFrom().failure(new IdempotencyKeyReused());
                            }
                            return appointments.findById(previous.appointmentId())
                                    .chain(a -> views(List.of(a))).map(list -> new Booked(list.get(0), true));
                        }
                        return bookOnce(caller, req).call(v -> idempotency.remember(caller.subject(), idempotencyKey, hash,
                                UUID.fromString(v.id()), clock.instant())).map(v -> new Booked(v, false));
                    });
        }));
    }

    /**
     * Customers and partner applications book at a human pace: attempts are counted per account and per client
     * address. Staff booking for callers and walk-ins are not limited.
     */
    private Uni<Void> limit(Caller caller, String client) {
        if (caller.role().isStaff()) {
            return Uni.createFrom().voidItem();
        }
        var perAccount = rules.attemptsPerAccount();
        if (caller.isPartner()) {
            perAccount = new io.pitstop.common.limits.Limit(perAccount.max() * 10, perAccount.window());
        }
        return limiter.hit("Too many booking attempts; try again later",
                new RateLimiter.Bucket("booking|account|" + caller.subject(), perAccount),
                new RateLimiter.Bucket("booking|client|" + client, rules.attemptsPerClient()));
    }

    /** Nobody books beyond the horizon (the year 2099 is not a booking). */
    private void checkHorizon(Instant start, String field) {
        Instant last = clock.instant().plus(rules.horizon());
        if (start.isAfter(last)) {
            throw new InvalidInputException(field, "must be within the next " + rules.horizon().toDays() + " days");
        }
    }

    /**
     * A customer (or a partner for them) holds a few upcoming bookings at most, and a vehicle fewer: one person
     * cannot take every start time of a day. Counted under the customer's lock, so concurrent bookings cannot pass
     * the cap together.
     */
    private Uni<Void> checkCaps(Caller caller, CustomerVehicle cv, Instant now) {
        if (caller.role().isStaff()) {
            return Uni.createFrom().voidItem();
        }
        return appointments.lockCustomer(cv.customer().id)
                .chain(() -> appointments.countUpcomingOfCustomer(cv.customer().id, now))
                .chain(customerCount -> {
                    if (customerCount >= rules.maxLiveBookingsPerCustomer()) {
                        throw new ConflictException("booking-cap", "There are already " + customerCount
                                + " upcoming bookings for this customer, the most one may hold; cancel one or wait until it is done");
                    }
                    return appointments.countUpcomingOfVehicle(cv.vehicle().id, now);
                })
                .invoke(vehicleCount -> {
                    if (vehicleCount >= rules.maxLiveBookingsPerVehicle()) {
                        throw new ConflictException("booking-cap", "Vehicle " + cv.vehicle().plate + " already has "
                                + vehicleCount + " upcoming bookings, the most one vehicle may hold");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<AppointmentView> bookOnce(Caller caller, BookingRequest req) {
        Instant now = clock.instant();
        return resolveCustomerAndVehicle(caller, req).call(cv -> checkCaps(caller, cv, now)).chain(cv -> shop.schedule().chain(schedule -> {
            ShopSchedule.ServiceInfo type = serviceType(schedule, req.serviceType(), "serviceType");
            Instant start = req.start().toInstant();
            LocalDate day = start.atZone(schedule.zone()).toLocalDate();
            return appointments.lockDay(day)
                    .chain(() -> busyBetween(schedule, type, day, day.plusDays(1)))
                    .chain(busy -> vehicleFree(cv.vehicle(), start, start.plus(Duration.ofMinutes(type.durationMinutes())), null)
                            .replaceWith(busy))
                    .chain(busy -> {
                        Availability.Slot slot = pick(schedule, type, busy, start, day, req.emergency(), now);
                        Appointment a = new Appointment();
                        a.id = UUID.randomUUID();
                        a.reference = newReference();
                        a.customerId = cv.customer().id;
                        a.vehicleId = cv.vehicle().id;
                        a.serviceType = type.code();
                        a.bayId = slot.freeBays().get(0).id();
                        a.startsAt = slot.start().toInstant();
                        a.endsAt = slot.end().toInstant();
                        a.status = AppointmentStatus.REQUESTED;
                        a.emergency = req.emergency();
                        a.channel = req.channel();
                        a.faultDescription = req.faultDescription().strip();
                        a.bookedBy = caller.subject();
                        a.createdAt = now;
                        a.confirmBy = now.plus(rules.confirmWithin());
                        return appointments.persist(a)
                                .chain(() -> record(a, caller, "BOOKED", null, AppointmentStatus.REQUESTED,
                                        req.emergency() ? "emergency" : null))
                                .chain(() -> appointments.flush())
                                .chain(() -> announceBooking(a, cv.customer(), cv.vehicle(), schedule))
                                .chain(() -> views(List.of(a), schedule)).map(list -> list.get(0));
                    });
        }));
    }

    private record CustomerVehicle(Account customer, Vehicle vehicle) {
    }

    private Uni<CustomerVehicle> resolveCustomerAndVehicle(Caller caller, BookingRequest req) {
        if (caller.role() == Role.CUSTOMER) {
            if (req.vehicleId() == null) {
                throw new InvalidInputException("vehicleId", "is required: book for one of your vehicles");
            }
            return accounts.findById(caller.accountId()).chain(customer -> vehicles.ofCustomer(customer.id, req.vehicleId())
                    .map(v -> {
                        if (v == null) {
                            throw new NotFoundException("Vehicle " + req.vehicleId());
                        }
                        return new CustomerVehicle(customer, v);
                    }));
        }
        if (req.customerPhone() == null || req.customerPhone().isBlank()) {
            throw new InvalidInputException("customerPhone", "is required when booking for a customer");
        }
        String phone = Phones.require(req.customerPhone(), "customerPhone");
        return accounts.findByPhone(phone).chain(customer -> {
            if (customer == null || customer.role != Role.CUSTOMER) {
                return Uni.createFrom().failure(new NotFoundException("Customer with phone " + phone));
            }
            Uni<Vehicle> vehicle;
            if (req.vehicleId() != null) {
                vehicle = vehicles.ofCustomer(customer.id, req.vehicleId());
            } else if (req.plate() != null && !req.plate().isBlank()) {
                String plate = Plates.normalizePlate(req.plate()).orElseThrow(() -> new InvalidInputException("plate",
                        "must be a Chinese licence plate such as 沪A12345"));
                vehicle = vehicles.byPlate(customer.id, plate);
            } else {
                throw new InvalidInputException("vehicleId", "name the vehicle by vehicleId or plate");
            }
            return vehicle.map(v -> {
                if (v == null) {
                    throw new NotFoundException("That vehicle of customer " + phone);
                }
                return new CustomerVehicle(customer, v);
            });
        });
    }

    /** The car is already booked for an overlapping time: one car, one place. */
    private Uni<Void> vehicleFree(Vehicle vehicle, Instant start, Instant end, UUID except) {
        return appointments.liveOfVehicle(vehicle.id, start, end, except).invoke(other -> {
            if (other != null) {
                throw new ConflictException("vehicle-already-booked", "Vehicle " + vehicle.plate
                        + " already has booking " + other.reference + " at an overlapping time");
            }
        }).replaceWithVoid();
    }

    private Availability.Slot pick(ShopSchedule schedule, ShopSchedule.ServiceInfo type, List<Availability.Busy> busy,
                                   Instant start, LocalDate day, boolean emergency, Instant now) {
        List<Availability.Slot> slots = Availability.slots(schedule, type, busy, now, rules.availabilityRules(), day, day, emergency);
        return slots.stream().filter(s -> s.start().toInstant().equals(start)).findFirst().orElseThrow(() -> {
            List<Availability.Slot> around = new ArrayList<>(slots);
            if (!emergency) {
                around = Availability.slots(schedule, type, busy, now, rules.availabilityRules(), day.minusDays(2),
                        day.plusDays(2), false);
            }
            return new SlotFullException("No " + type.code() + " bay is free at " + start.atZone(schedule.zone())
                    .toOffsetDateTime() + (emergency ? " within the emergency window" : ""),
                    Availability.nearest(around, start, 3).stream().map(BookingService::slotView).toList());
        });
    }

    // ------------------------------------------------------------------------------------------------ reading

    @WithSession
    public Uni<List<AppointmentView>> list(Caller caller, AppointmentStatus status, LocalDate from, LocalDate to) {
        caller.requireScopeIfPartner(PartnerScopes.BOOKINGS_READ);
        return shop.schedule().chain(schedule -> {
            LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
            boolean customer = caller.role() == Role.CUSTOMER;
            LocalDate first = from != null ? from : customer ? today.minusDays(365) : today;
            LocalDate last = to != null ? to : customer ? today.plusDays(365) : first;
            if (last.isBefore(first)) {
                throw new InvalidInputException("to", "must not be before from");
            }
            Instant a = first.atStartOfDay(schedule.zone()).toInstant();
            Instant b = last.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
            return appointments.search(customer ? caller.accountId() : null, status, a, b)
                    .map(list -> caller.isPartner()
                            ? list.stream().filter(x -> x.bookedBy.equals(caller.subject())).toList() : list)
                    .chain(list -> views(list, schedule));
        });
    }

    @WithSession
    public Uni<AppointmentView> get(Caller caller, UUID id) {
        caller.requireScopeIfPartner(PartnerScopes.BOOKINGS_READ);
        return visible(caller, id, false).chain(a -> views(List.of(a))).map(list -> list.get(0));
    }

    @WithSession
    public Uni<List<AppointmentEventView>> history(Caller caller, UUID id) {
        caller.requireScopeIfPartner(PartnerScopes.BOOKINGS_READ);
        return visible(caller, id, false).chain(a -> shop.schedule().chain(schedule -> events.history(a.id).map(list ->
                list.stream().map(e -> new AppointmentEventView(at(e.at, schedule.zone()), e.actorName, e.actorRole, e.type,
                        e.fromStatus, e.toStatus, at(e.startsAt, schedule.zone()), e.detail)).toList())));
    }

    // --------------------------------------------------------------------------------------------- transitions

    public Uni<AppointmentView> confirm(Caller caller, UUID id) {
        requireAdvisor(caller);
        return Panache.withTransaction(() -> visible(caller, id, true).chain(a -> {
            requireStatus(a, "confirm", AppointmentStatus.REQUESTED);
            a.status = AppointmentStatus.CONFIRMED;
            a.advisorId = caller.accountId();
            a.confirmedAt = clock.instant();
            return record(a, caller, "CONFIRMED", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED, null)
                    .chain(() -> accounts.findById(caller.accountId()))
                    .chain(advisor -> shop.schedule().chain(schedule -> accounts.findById(a.customerId).chain(customer -> {
                        Map<String, String> p = params(a, schedule);
                        p.put("advisorName", advisor.name);
                        p.put("advisorPhone", advisor.phone);
                        p.put("bring", rules.whatToBring());
                        return notifier.send(new Recipient(customer.id, customer.phone), "BOOKING_CONFIRMED", p,
                                "预约 " + a.reference + " 已确认：" + p.get("when") + "，服务顾问 " + advisor.name + "（" + advisor.phone
                                        + "）。请携带" + rules.whatToBring() + "。", a.id);
                    }).chain(() -> views(List.of(a), schedule))))
                    .map(list -> list.get(0));
        }));
    }

    public Uni<AppointmentView> reschedule(Caller caller, UUID id, OffsetDateTime newStart) {
        caller.requireScopeIfPartner(PartnerScopes.BOOKINGS_WRITE);
        Instant now = clock.instant();
        checkHorizon(newStart.toInstant(), "start");
        return Panache.withTransaction(() -> visible(caller, id, true).chain(a -> {
            requireStatus(a, "reschedule", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED);
            requireBeforeCutoff(caller, a, now, "rescheduled");
            return shop.schedule().chain(schedule -> {
                ShopSchedule.ServiceInfo type = schedule.serviceTypes().get(a.serviceType);
                Instant start = newStart.toInstant();
                LocalDate day = start.atZone(schedule.zone()).toLocalDate();
                return appointments.lockDay(day)
                        .chain(() -> busyBetween(schedule, type, day, day.plusDays(1)))
                        .call(() -> vehicles.findById(a.vehicleId).chain(v ->
                                vehicleFree(v, start, start.plus(Duration.ofMinutes(type.durationMinutes())), a.id)))
                        .chain(busy -> {
                            List<Availability.Busy> others = busy.stream().filter(b -> !(b.bayId().equals(a.bayId)
                                    && b.start().equals(a.startsAt) && b.end().equals(a.endsAt))).toList();
                            Availability.Slot slot = pick(schedule, type, others, start, day, a.emergency, now);
                            AppointmentStatus before = a.status;
                            String detail = "from " + at(a.startsAt, schedule.zone());
                            a.bayId = slot.freeBays().get(0).id();
                            a.startsAt = slot.start().toInstant();
                            a.endsAt = slot.end().toInstant();
                            if (!caller.role().isStaff()) {
                                // The advisor confirms the new time again, within the same 15 minutes.
                                a.status = AppointmentStatus.REQUESTED;
                                a.confirmBy = now.plus(rules.confirmWithin());
                                a.escalatedAt = null;
                            }
                            return record(a, caller, "RESCHEDULED", before, a.status, detail)
                                    .chain(() -> appointments.flush())
                                    .chain(() -> tellAboutChange(a, caller, schedule, "BOOKING_RESCHEDULED",
                                            "预约 " + a.reference + " 已改期至 " + SHORT.format(a.startsAt.atZone(schedule.zone())) + "。", null))
                                    .chain(() -> views(List.of(a), schedule)).map(list -> list.get(0));
                        });
            });
        }));
    }

    public Uni<AppointmentView> cancel(Caller caller, UUID id, String reason) {
        caller.requireScopeIfPartner(PartnerScopes.BOOKINGS_WRITE);
        Instant now = clock.instant();
        return Panache.withTransaction(() -> visible(caller, id, true).chain(a -> {
            requireStatus(a, "cancel", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED);
            requireBeforeCutoff(caller, a, now, "cancelled");
            AppointmentStatus before = a.status;
            a.status = AppointmentStatus.CANCELLED;
            return record(a, caller, "CANCELLED", before, AppointmentStatus.CANCELLED, reason.strip())
                    .chain(() -> shop.schedule())
                    .chain(schedule -> tellAboutChange(a, caller, schedule, "BOOKING_CANCELLED",
                            "预约 " + a.reference + " 已取消：" + reason.strip(), reason.strip())
                            .chain(() -> views(List.of(a), schedule)))
                    .map(list -> list.get(0));
        }));
    }

    public Uni<AppointmentView> noShow(Caller caller, UUID id) {
        requireAdvisor(caller);
        Instant now = clock.instant();
        return Panache.withTransaction(() -> visible(caller, id, true).chain(a -> {
            requireStatus(a, "mark as no-show", AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED);
            if (now.isBefore(a.startsAt)) {
                throw new ConflictException("illegal-transition", "A booking can only be a no-show once its start time has passed");
            }
            AppointmentStatus before = a.status;
            a.status = AppointmentStatus.NO_SHOW;
            return record(a, caller, "NO_SHOW", before, AppointmentStatus.NO_SHOW, null)
                    .chain(() -> views(List.of(a))).map(list -> list.get(0));
        }));
    }

    public Uni<AppointmentView> checkIn(Caller caller, UUID id) {
        requireAdvisor(caller);
        return Panache.withTransaction(() -> checkInWithin(caller, id).chain(a -> appointments.findById(a.id()))
                .chain(a -> views(List.of(a))).map(list -> list.get(0)));
    }

    /**
     * Reception of a booked car, in the caller's transaction (the repair order opened for it commits with it): the
     * booking must be confirmed, or already checked in without an order.
     */
    public Uni<AppointmentRef> checkInWithin(Caller caller, UUID id) {
        requireAdvisor(caller);
        return visible(caller, id, true).chain(a -> {
            if (a.status == AppointmentStatus.CHECKED_IN) {
                return Uni.createFrom().item(BookingLookup.ref(a));
            }
            requireStatus(a, "check in", AppointmentStatus.CONFIRMED);
            a.status = AppointmentStatus.CHECKED_IN;
            return record(a, caller, "CHECKED_IN", AppointmentStatus.CONFIRMED, AppointmentStatus.CHECKED_IN, null)
                    .replaceWith(BookingLookup.ref(a));
        });
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** The appointment if the caller may see it; otherwise it does not exist for them (404, never 403). */
    private Uni<Appointment> visible(Caller caller, UUID id, boolean lock) {
        return (lock ? appointments.findForUpdate(id) : appointments.findById(id)).map(a -> {
            boolean allowed = a != null && switch (caller.role()) {
                case CUSTOMER -> a.customerId.equals(caller.accountId());
                case PARTNER -> a.bookedBy.equals(caller.subject());
                default -> true;
            };
            if (!allowed) {
                throw new NotFoundException("Appointment " + id);
            }
            return a;
        });
    }

    private static void requireAdvisor(Caller caller) {
        if (caller.role() != Role.ADVISOR && caller.role() != Role.MANAGER) {
            throw new ForbiddenException("Only a service advisor or a manager can do this");
        }
    }

    private static void requireStatus(Appointment a, String action, AppointmentStatus... allowed) {
        if (!Set.of(allowed).contains(a.status)) {
            throw new ConflictException("illegal-transition", "Cannot " + action + " a booking that is " + a.status);
        }
    }

    private void requireBeforeCutoff(Caller caller, Appointment a, Instant now, String what) {
        if (!caller.role().isStaff() && now.isAfter(a.startsAt.minus(rules.changeCutoff()))) {
            throw new ConflictException("change-cutoff", "A booking can be " + what + " online until "
                    + rules.changeCutoff().toMinutes() + " minutes before its start; please call the shop");
        }
    }

    private static void checkChannel(Caller caller, Channel channel) {
        boolean ok = switch (caller.role()) {
            case CUSTOMER -> channel == Channel.APP || channel == Channel.WEB;
            case PARTNER -> channel == Channel.PARTNER;
            default -> channel != Channel.PARTNER;
        };
        if (!ok) {
            throw new InvalidInputException("channel", "is not a channel you can book through");
        }
        if (caller.role().isStaff() && caller.role() != Role.ADVISOR && caller.role() != Role.MANAGER
                && caller.role() != Role.CUSTOMER_SERVICE) {
            throw new ForbiddenException("Bookings are taken by advisors, customer service and managers");
        }
    }

    private static ShopSchedule.ServiceInfo serviceType(ShopSchedule schedule, String code, String field) {
        ShopSchedule.ServiceInfo type = code == null ? null : schedule.serviceTypes().get(code);
        if (type == null || !type.active()) {
            throw new InvalidInputException(field, "is not a service type of this shop");
        }
        return type;
    }

    private Uni<List<Availability.Busy>> busyBetween(ShopSchedule schedule, ShopSchedule.ServiceInfo type, LocalDate from, LocalDate until) {
        List<UUID> bayIds = schedule.baysFor(type.skill()).stream().map(ShopSchedule.BayInfo::id).toList();
        return appointments.liveOverlapping(bayIds, from.atStartOfDay(schedule.zone()).toInstant(),
                        until.atStartOfDay(schedule.zone()).toInstant())
                .map(list -> list.stream().map(a -> new Availability.Busy(a.bayId, a.startsAt, a.endsAt)).toList());
    }

    private Uni<Void> record(Appointment a, Caller caller, String type, AppointmentStatus from, AppointmentStatus to, String detail) {
        AppointmentEvent e = new AppointmentEvent();
        e.appointmentId = a.id;
        e.at = clock.instant();
        e.actorId = caller == null ? null : caller.subject();
        e.actorName = caller == null ? null : caller.name();
        e.actorRole = caller == null ? null : caller.role();
        e.type = type;
        e.fromStatus = from;
        e.toStatus = to;
        e.startsAt = a.startsAt;
        e.endsAt = a.endsAt;
        e.detail = detail;
        return events.persist(e).replaceWithVoid();
    }

    /** The customer hears that the booking was received; advisors see it, all at once when it is an emergency. */
    private Uni<Void> announceBooking(Appointment a, Account customer, Vehicle vehicle, ShopSchedule schedule) {
        Map<String, String> p = params(a, schedule);
        p.put("customerName", customer.name);
        p.put("plate", vehicle.plate);
        Uni<Void> toCustomer = notifier.send(new Recipient(customer.id, customer.phone), "BOOKING_RECEIVED", p,
                "已收到您的预约 " + a.reference + "（" + p.get("when") + "），服务顾问将在 " + Durations.zh(rules.confirmWithin()) + "内确认。", a.id);
        String kind = a.emergency ? "EMERGENCY_BOOKING" : "NEW_BOOKING";
        String text = a.emergency
                ? "紧急预约 " + a.reference + "：" + customer.name + " " + vehicle.plate + "，" + p.get("when") + "，请立即处理。"
                : "新预约 " + a.reference + "：" + customer.name + "，" + p.get("when") + "，请在 " + Durations.zh(rules.confirmWithin()) + "内确认。";
        return toCustomer.chain(() -> accounts.activeWith(Role.ADVISOR))
                .chain(advisors -> Multi.createFrom().iterable(advisors)
                        .onItem().transformToUniAndConcatenate(adv -> notifier.send(
                                a.emergency ? new Recipient(adv.id, adv.phone) : Recipient.inAppOnly(adv.id), kind, p, text, a.id))
                        .collect().last().replaceWithVoid());
    }

    /** Tells the other side of a change: the customer when staff changed it, the advisor when the customer did. */
    private Uni<Void> tellAboutChange(Appointment a, Caller caller, ShopSchedule schedule, String kind, String text, String reason) {
        Map<String, String> p = params(a, schedule);
        if (reason != null) {
            p.put("reason", reason);
        }
        if (caller.role().isStaff() || caller.isPartner()) {
            return accounts.findById(a.customerId).chain(c -> notifier.send(new Recipient(c.id, c.phone), kind, p, text, a.id));
        }
        if (a.advisorId != null) {
            return notifier.send(Recipient.inAppOnly(a.advisorId), kind, p, text, a.id);
        }
        return Uni.createFrom().voidItem();
    }

    static Map<String, String> params(Appointment a, ShopSchedule schedule) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reference", a.reference);
        p.put("start", at(a.startsAt, schedule.zone()).toString());
        p.put("when", SHORT.format(a.startsAt.atZone(schedule.zone())));
        return p;
    }

    /** Views of appointments, loading the shop schedule, their customers, vehicles and advisors. */
    public Uni<List<AppointmentView>> views(List<Appointment> list) {
        return list.isEmpty() ? Uni.createFrom().item(List.of()) : shop.schedule().chain(schedule -> views(list, schedule));
    }

    /** Views of appointments against a schedule the caller already holds: customers, vehicles and advisors in two queries. */
    private Uni<List<AppointmentView>> views(List<Appointment> list, ShopSchedule schedule) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> people = list.stream().flatMap(a -> java.util.stream.Stream.of(a.customerId, a.advisorId))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> cars = list.stream().map(a -> a.vehicleId).collect(Collectors.toSet());
        return accounts.list("id in ?1", people).chain(accs -> vehicles.list("id in ?1", cars)
                .map(vs -> {
                    Map<UUID, Account> byId = accs.stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
                    Map<UUID, Vehicle> carById = vs.stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
                    Map<UUID, ShopSchedule.BayInfo> bays = new LinkedHashMap<>();
                    schedule.bays().forEach(b -> bays.put(b.id(), b));
                    return list.stream().map(a -> view(a, schedule, byId, carById, bays)).toList();
                }));
    }

    private AppointmentView view(Appointment a, ShopSchedule schedule, Map<UUID, Account> people, Map<UUID, Vehicle> cars,
                                 Map<UUID, ShopSchedule.BayInfo> bays) {
        ZoneId zone = schedule.zone();
        Account c = people.get(a.customerId);
        Vehicle v = cars.get(a.vehicleId);
        Account adv = a.advisorId == null ? null : people.get(a.advisorId);
        ShopSchedule.ServiceInfo t = schedule.serviceTypes().get(a.serviceType);
        ShopSchedule.BayInfo bay = bays.get(a.bayId);
        return new AppointmentView(a.id.toString(), a.reference, a.status, a.emergency, a.channel,
                at(a.startsAt, zone), at(a.endsAt, zone),
                new AppointmentServiceType(t.code(), t.nameZh(), t.nameEn(), t.durationMinutes()),
                new AppointmentCustomer(c.id.toString(), c.name, c.phone),
                new AppointmentVehicle(v.id.toString(), v.plate, v.make, v.model),
                bay == null ? new AppointmentBay(a.bayId.toString(), "?", "?") : new AppointmentBay(bay.id().toString(), bay.code(), bay.name()),
                a.faultDescription,
                adv == null ? null : new AppointmentAdvisor(adv.id.toString(), adv.name, adv.phone),
                at(a.confirmBy, zone), a.escalatedAt != null, at(a.createdAt, zone), at(a.confirmedAt, zone),
                at(a.startsAt.minus(rules.changeCutoff()), zone));
    }

    static SlotView slotView(Availability.Slot s) {
        return new SlotView(s.start().toOffsetDateTime(), s.end().toOffsetDateTime(), s.remaining());
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static String newReference() {
        StringBuilder sb = new StringBuilder("BK-");
        for (int i = 0; i < 6; i++) {
            sb.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String requestHash(BookingRequest r) {
        String canonical = String.join("\u0001", String.valueOf(r.vehicleId()), String.valueOf(r.customerPhone()),
                String.valueOf(r.plate()), r.serviceType(), r.start().toInstant().toString(), r.faultDescription(),
                String.valueOf(r.channel()), Boolean.toString(r.emergency()));
        return Digests.sha256Hex(canonical);
    }

    /** The same Idempotency-Key came with a different request. */
    public static final class IdempotencyKeyReused extends DomainException {
        public IdempotencyKeyReused() {
            super(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different booking request", null);
        }
    }
}

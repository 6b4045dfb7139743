package io.pitstop.booking.service;

import io.pitstop.booking.CustomerView;
import io.pitstop.booking.Plates;
import io.pitstop.booking.VehicleRequest;
import io.pitstop.booking.VehicleView;
import io.pitstop.booking.WalkInVehicleRequest;
import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Person;
import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Customers' vehicles, kept by the customers themselves or added by staff for phone and walk-in customers. */
@ApplicationScoped
public class VehicleService {

    private final VehicleRepository vehicles;
    private final People people;
    private final Clock clock;
    private final BookingRules rules;
    private final Notifier notifier;

    public VehicleService(VehicleRepository vehicles, People people, Clock clock, BookingRules rules, Notifier notifier) {
        this.vehicles = vehicles;
        this.people = people;
        this.clock = clock;
        this.rules = rules;
        this.notifier = notifier;
    }

    /** The vehicle, or null: for the capabilities after booking, in the caller's session. */
    public Uni<VehicleView> find(UUID id) {
        return id == null ? Uni.createFrom().nullItem() : vehicles.findById(id).map(v -> v == null ? null : view(v));
    }

    /** The vehicles with these ids, by id, in the caller's session. */
    public Uni<java.util.Map<UUID, VehicleView>> byIds(java.util.Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Uni.createFrom().item(java.util.Map.of())
                : vehicles.list("id in ?1", wanted).map(list -> list.stream().collect(java.util.stream.Collectors.toMap(v -> v.id, VehicleService::view)));
    }

    /** The odometer read at reception: kept when it is above what is on file (a lower reading is a typo, not news). */
    public Uni<Void> recordMileage(UUID vehicleId, int mileageKm) {
        return vehicles.findById(vehicleId).invoke(v -> {
            if (v != null && mileageKm > v.mileageKm) {
                v.mileageKm = mileageKm;
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<List<VehicleView>> mine(UUID customerId) {
        return vehicles.ofCustomer(customerId).map(list -> list.stream().map(VehicleService::view).toList());
    }

    /** A customer adds a car of their own: a few at most (fleets are kept by staff). */
    @WithTransaction
    public Uni<VehicleView> add(UUID customerId, UUID actorId, VehicleRequest req) {
        Vehicle v = new Vehicle();
        v.id = UUID.randomUUID();
        v.customerId = customerId;
        v.createdAt = clock.instant();
        v.createdBy = actorId;
        apply(v, req);
        return vehicles.lockCustomer(customerId)
                .chain(() -> vehicles.countOfCustomer(customerId))
                .invoke(count -> {
                    if (count >= rules.maxVehiclesPerCustomer()) {
                        throw new ConflictException("vehicle-cap", Detail.of("problem.booking.vehicle-cap", Map.of("count", count)));
                    }
                })
                .chain(() -> ensureUnique(v))
                .chain(() -> flagIfClaimedElsewhere(v))
                .chain(() -> vehicles.persistAndFlush(v))
                .call(() -> tellStaffIfClaimedElsewhere(v))
                .map(VehicleService::view);
    }

    @WithTransaction
    public Uni<VehicleView> update(UUID customerId, UUID vehicleId, VehicleRequest req) {
        return vehicles.ofCustomer(customerId, vehicleId).chain(v -> {
            if (v == null) {
                return Uni.createFrom().failure(new NotFoundException("vehicle", vehicleId));
            }
            String plate = v.plate;
            String vin = v.vin;
            apply(v, req);
            boolean sameCar = plate.equals(v.plate) && vin.equals(v.vin);
            return ensureUnique(v)
                    .chain(() -> sameCar ? Uni.createFrom().voidItem() : flagIfClaimedElsewhere(v)
                            .chain(() -> tellStaffIfClaimedElsewhere(v)))
                    .map(x -> view(v));
        });
    }

    /** Staff: the customer with this phone number, with their vehicles. */
    @WithTransaction
    public Uni<CustomerView> customerByPhone(String rawPhone) {
        String phone = Phones.require(rawPhone, "phone");
        return people.byPhone(phone).chain(person -> {
            if (person == null || !person.isCustomer()) {
                return Uni.createFrom().failure(new NotFoundException("customer", phone));
            }
            return customerView(person);
        });
    }

    /** Staff: a vehicle for a phone or walk-in customer, creating the customer (without a password) if new. */
    @WithTransaction
    public Uni<CustomerView> addForWalkIn(UUID staffId, WalkInVehicleRequest req) {
        String phone = Phones.require(req.customerPhone(), "customerPhone");
        return people.customerForPhone(phone, req.customerName(), staffId).chain(customer -> {
            Vehicle v = new Vehicle();
            v.id = UUID.randomUUID();
            v.customerId = customer.id();
            v.createdAt = clock.instant();
            v.createdBy = staffId;
            apply(v, req.vehicle(), "vehicle.");
            return vehicles.byPlate(customer.id(), v.plate).chain(same -> same != null
                    ? Uni.createFrom().item(same) // the car is already on file: nothing to add
                    : ensureUnique(v).chain(() -> flagIfClaimedElsewhere(v)).chain(() -> vehicles.persistAndFlush(v))
                            .call(() -> tellStaffIfClaimedElsewhere(v)))
                    .chain(() -> customerView(customer));
        });
    }

    private Uni<CustomerView> customerView(Person customer) {
        return people.registered(customer.id()).chain(registered -> vehicles.ofCustomer(customer.id()).map(list ->
                new CustomerView(customer.id().toString(), customer.name(), customer.phone(), registered,
                        list.stream().map(VehicleService::staffView).toList())));
    }

    /**
     * Another customer has the same plate or VIN on file: kept (the car may have been sold, or a family shares it), but
     * never silently: the vehicle points at the other one, and staff are told.
     */
    private Uni<Void> flagIfClaimedElsewhere(Vehicle v) {
        return vehicles.sameCarElsewhere(v.customerId, v.plate, v.vin)
                .invoke(other -> v.claimConflictWith = other == null ? null : other.id)
                .replaceWithVoid();
    }

    private Uni<Void> tellStaffIfClaimedElsewhere(Vehicle v) {
        if (v.claimConflictWith == null) {
            return Uni.createFrom().voidItem();
        }
        return vehicles.findById(v.claimConflictWith).chain(other -> people.find(v.customerId)
                .chain(claimant -> people.find(other.customerId).chain(holder ->
                        people.activeWith(Role.ADVISOR, Role.MANAGER).chain(staff -> {
                            Map<String, String> p = new LinkedHashMap<>();
                            p.put("plate", v.plate);
                            p.put("vin", v.vin);
                            p.put("customerName", claimant.name());
                            p.put("customerPhone", claimant.phone());
                            p.put("otherCustomerName", holder.name());
                            p.put("otherCustomerPhone", holder.phone());
                            return Sequential.each(staff, s -> notifier.send(Notifier.Recipient.inAppOnly(s.id()),
                                    NotificationKind.VEHICLE_CLAIMED_ELSEWHERE, p, Notifier.About.NOTHING));
                        }))));
    }

    private Uni<Void> ensureUnique(Vehicle v) {
        return vehicles.byPlate(v.customerId, v.plate).chain(samePlate -> {
            if (samePlate != null && !samePlate.id.equals(v.id)) {
                return Uni.createFrom().failure(new ConflictException("vehicle-exists",
                        Detail.of("problem.booking.vehicle-exists-plate", Map.of("plate", v.plate))));
            }
            return vehicles.byVin(v.customerId, v.vin).invoke(sameVin -> {
                if (sameVin != null && !sameVin.id.equals(v.id)) {
                    throw new ConflictException("vehicle-exists", Detail.of("problem.booking.vehicle-exists-vin", Map.of("vin", v.vin)));
                }
            }).replaceWithVoid();
        });
    }

    private static void apply(Vehicle v, VehicleRequest req) {
        apply(v, req, "");
    }

    private static void apply(Vehicle v, VehicleRequest req, String prefix) {
        v.plate = Plates.normalizePlate(req.plate())
                .orElseThrow(() -> new InvalidInputException(prefix + "plate", Detail.of("problem.booking.plate")));
        v.vin = Plates.normalizeVin(req.vin())
                .orElseThrow(() -> new InvalidInputException(prefix + "vin", Detail.of("problem.booking.vin")));
        v.make = req.make().strip();
        v.model = req.model().strip();
        v.year = req.year().shortValue();
        v.mileageKm = req.mileageKm();
        if (req.energyType() != null) {
            v.energyType = req.energyType();
        }
    }

    /** As the owner sees it. */
    public static VehicleView view(Vehicle v) {
        return new VehicleView(v.id.toString(), v.customerId.toString(), v.plate, v.vin, v.make, v.model, v.year, v.mileageKm, v.energyType, null);
    }

    /** As staff see it: with the flag when another customer had the car on file first. */
    public static VehicleView staffView(Vehicle v) {
        return new VehicleView(v.id.toString(), v.customerId.toString(), v.plate, v.vin, v.make, v.model, v.year, v.mileageKm,
                v.energyType, v.claimConflictWith != null);
    }
}

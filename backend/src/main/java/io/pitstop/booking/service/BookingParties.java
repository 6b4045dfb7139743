package io.pitstop.booking.service;

import io.pitstop.booking.BookingRequest;
import io.pitstop.booking.Plates;
import io.pitstop.booking.persistence.Vehicle;
import io.pitstop.booking.persistence.AppointmentRepository;
import io.pitstop.booking.persistence.VehicleRepository;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.identity.Phones;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;

/**
 * Who a booking is for and which car: an owner books one of their own vehicles; staff and partner applications name
 * the customer by phone and the vehicle by id or plate. A vehicle that is not the customer's does not exist for them.
 * Owners and partners hold a few upcoming bookings at most.
 */
@ApplicationScoped
public class BookingParties {

    /** The customer and the vehicle of a booking. */
    public record Parties(Person customer, Vehicle vehicle) {
    }

    private final VehicleRepository vehicles;
    private final AppointmentRepository appointments;
    private final People people;
    private final BookingRules rules;

    public BookingParties(VehicleRepository vehicles, AppointmentRepository appointments, People people, BookingRules rules) {
        this.vehicles = vehicles;
        this.appointments = appointments;
        this.people = people;
        this.rules = rules;
    }

    public Uni<Parties> of(Caller caller, BookingRequest req) {
        if (caller.role() == Role.CUSTOMER) {
            if (req.vehicleId() == null) {
                throw new InvalidInputException("vehicleId", Detail.of("problem.booking.vehicle-required"));
            }
            return people.find(caller.accountId()).chain(customer -> vehicles.ofCustomer(customer.id(), req.vehicleId())
                    .map(v -> parties(customer, v, req.vehicleId())));
        }
        if (req.customerPhone() == null || req.customerPhone().isBlank()) {
            throw new InvalidInputException("customerPhone", Detail.of("problem.booking.customer-phone-required"));
        }
        String phone = Phones.require(req.customerPhone(), "customerPhone");
        return people.byPhone(phone).chain(customer -> {
            if (customer == null || !customer.isCustomer()) {
                return Uni.createFrom().failure(new NotFoundException("customer", phone));
            }
            if (req.vehicleId() != null) {
                return vehicles.ofCustomer(customer.id(), req.vehicleId()).map(v -> parties(customer, v, req.vehicleId()));
            }
            if (req.plate() == null || req.plate().isBlank()) {
                throw new InvalidInputException("vehicleId", Detail.of("problem.booking.vehicle-or-plate"));
            }
            String plate = Plates.normalizePlate(req.plate())
                    .orElseThrow(() -> new InvalidInputException("plate", Detail.of("problem.booking.plate")));
            return vehicles.byPlate(customer.id(), plate).map(v -> parties(customer, v, plate));
        });
    }

    private static Parties parties(Person customer, Vehicle vehicle, Object asked) {
        if (vehicle == null) {
            throw new NotFoundException("vehicle", asked);
        }
        return new Parties(customer, vehicle);
    }

    /**
     * An owner (or a partner for them) holds a few upcoming bookings at most, and a vehicle fewer: one person cannot take
     * every start time of a day. Counted under the customer's lock, so concurrent bookings cannot pass the cap together.
     * Staff booking for callers and walk-ins are not capped.
     */
    Uni<Void> withinCaps(Caller caller, Parties p, Instant now) {
        if (caller.role().isStaff()) {
            return Uni.createFrom().voidItem();
        }
        return appointments.lockCustomer(p.customer().id())
                .chain(() -> appointments.countUpcomingOfCustomer(p.customer().id(), now))
                .chain(customerCount -> {
                    if (customerCount >= rules.maxLiveBookingsPerCustomer()) {
                        throw new ConflictException("booking-cap", Detail.of("problem.booking.cap-customer", Map.of("count", customerCount)));
                    }
                    return appointments.countUpcomingOfVehicle(p.vehicle().id, now);
                })
                .invoke(vehicleCount -> {
                    if (vehicleCount >= rules.maxLiveBookingsPerVehicle()) {
                        throw new ConflictException("booking-cap", Detail.of("problem.booking.cap-vehicle",
                                Map.of("plate", p.vehicle().plate, "count", vehicleCount)));
                    }
                })
                .replaceWithVoid();
    }
}

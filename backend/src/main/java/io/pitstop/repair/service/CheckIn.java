package io.pitstop.repair.service;

import io.pitstop.common.Texts;
import io.pitstop.booking.AppointmentRef;
import io.pitstop.booking.VehicleView;
import io.pitstop.booking.service.BookingLifecycle;
import io.pitstop.booking.service.VehicleService;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.References;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.CheckInRequest;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/**
 * Reception (接车检查): the car's state recorded with the customer opens its repair order, from a confirmed booking
 * (which becomes CHECKED_IN in the same transaction) or, for a walk-in, from one of the customer's vehicles. The
 * advisor who receives the car owns the order (首问负责制).
 */
@ApplicationScoped
public class CheckIn {

    private final OrderAccess access;
    private final RepairOrderRepository orders;
    private final BookingLifecycle booking;
    private final VehicleService vehicles;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;

    public CheckIn(OrderAccess access, RepairOrderRepository orders, BookingLifecycle booking, VehicleService vehicles,
                   RepairJournal journal, RepairNotices notices, RepairViews views) {
        this.access = access;
        this.orders = orders;
        this.booking = booking;
        this.vehicles = vehicles;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
    }

    @WithTransaction
    public Uni<RepairOrderView> receive(Caller caller, CheckInRequest req) {
        if ((req.appointmentId() == null) == (req.vehicleId() == null)) {
            throw new InvalidInputException(req.appointmentId() == null ? "appointmentId" : "vehicleId",
                    Detail.of("problem.repair.booking-or-vehicle"));
        }
        Uni<AppointmentRef> appointment = req.appointmentId() == null ? Uni.createFrom().nullItem()
                : booking.checkInWithin(caller, req.appointmentId());
        return access.acting(caller).chain(act -> appointment.chain(a -> vehicles.find(a == null ? req.vehicleId() : a.vehicleId())
                .chain(vehicle -> {
                    if (vehicle == null) {
                        throw new InvalidInputException("vehicleId", Detail.of("problem.repair.unknown-vehicle"));
                    }
                    return free(a, UUID.fromString(vehicle.id()))
                            .chain(() -> open(act, req, a, vehicle))
                            .call(o -> vehicles.recordMileage(o.vehicleId, o.mileageKm))
                            .call(o -> journal.append(act, o, RepairEventType.CHECKED_IN, null, EventDetails.message(o.symptoms)))
                            .call(o -> notices.owner(o, NotificationKind.REPAIR_CHECKED_IN, Map.of("advisorName", caller.name()), false))
                            .chain(o -> views.full(o, act));
                })));
    }

    /** A booking is received once, and a car is in the workshop on one open order at a time. */
    private Uni<Void> free(AppointmentRef a, UUID vehicleId) {
        Uni<RepairOrder> ofBooking = a == null ? Uni.createFrom().nullItem() : orders.ofAppointment(a.id());
        return ofBooking.invoke(existing -> {
            if (existing != null) {
                throw new ConflictException("already-checked-in",
                        Detail.of("problem.repair.already-checked-in", Map.of("reference", existing.reference)));
            }
        }).chain(() -> orders.openOfVehicle(vehicleId)).invoke(open -> {
            if (open != null) {
                throw new ConflictException("vehicle-in-workshop",
                        Detail.of("problem.repair.vehicle-in-workshop", Map.of("reference", open.reference)));
            }
        }).replaceWithVoid();
    }

    private Uni<RepairOrder> open(Acting act, CheckInRequest req, AppointmentRef a, VehicleView vehicle) {
        RepairOrder o = new RepairOrder();
        o.id = UUID.randomUUID();
        o.reference = References.next("RO");
        o.appointmentId = a == null ? null : a.id();
        o.customerId = UUID.fromString(vehicle.customerId());
        o.vehicleId = UUID.fromString(vehicle.id());
        o.advisorId = act.caller().accountId();
        o.status = RepairStatus.CHECKED_IN;
        o.mileageKm = req.mileageKm();
        o.fuelLevel = req.fuelLevel();
        o.bodyDamage = Texts.optional(req.bodyDamage());
        o.warningLights = req.lights().isEmpty() ? null : String.join("|", req.lights());
        o.symptoms = req.symptoms().strip();
        o.faultReproduced = req.faultReproduced();
        o.safetyCritical = req.safetyCritical() != null ? req.safetyCritical() : a != null && a.emergency();
        o.checkedInAt = act.now();
        o.createdBy = act.caller().accountId();
        return orders.persist(o);
    }
}

package io.pitstop.repair.service;

import io.pitstop.booking.AppointmentRef;
import io.pitstop.booking.service.BookingLookup;
import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The way to an order: the operation's context (the shop's zone, the clock's now) and the order itself if the caller
 * may see it. Another customer's order, or an order of another partner's booking, does not exist for them (404,
 * never 403). Who may call an operation at all is the resource's {@code @RolesAllowed}.
 */
@ApplicationScoped
public class OrderAccess {

    private final RepairOrderRepository orders;
    private final BookingLookup bookings;
    private final ShopService shop;
    private final Clock clock;

    public OrderAccess(RepairOrderRepository orders, BookingLookup bookings, ShopService shop, Clock clock) {
        this.orders = orders;
        this.bookings = bookings;
        this.shop = shop;
        this.clock = clock;
    }

    /** The caller acting now; null for the shop's clock (a scheduled job). */
    Uni<Acting> acting(Caller caller) {
        return shop.zone().map(zone -> new Acting(caller, zone, clock.instant()));
    }

    /** A change to the order: locked until the caller's transaction ends, seen by the caller, made in its context. */
    <T> Uni<T> change(Caller caller, UUID id, BiFunction<Acting, RepairOrder, Uni<T>> work) {
        return acting(caller).chain(act -> locked(caller, id).chain(o -> work.apply(act, o)));
    }

    /** The order if the caller may see it. */
    Uni<RepairOrder> visible(Caller caller, UUID id) {
        return orders.findById(id).chain(o -> seenBy(caller, id, o));
    }

    /** The order, locked until the caller's transaction ends, if the caller may see it. */
    Uni<RepairOrder> locked(Caller caller, UUID id) {
        return orders.findForUpdate(id).chain(o -> seenBy(caller, id, o));
    }

    private Uni<RepairOrder> seenBy(Caller caller, UUID id, RepairOrder o) {
        if (o == null || caller.role() == Role.CUSTOMER && !o.customerId.equals(caller.accountId())) {
            throw new NotFoundException("repair-order", id);
        }
        if (!caller.isPartner()) {
            return Uni.createFrom().item(o);
        }
        Uni<AppointmentRef> booking = o.appointmentId == null ? Uni.createFrom().nullItem() : bookings.find(o.appointmentId);
        return booking.map(a -> {
            if (a == null || !a.bookedBy().equals(caller.subject())) {
                throw new NotFoundException("repair-order", id);
            }
            return o;
        });
    }
}

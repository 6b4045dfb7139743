package io.pitstop.booking.service;

import io.pitstop.booking.SlotFullException;
import io.pitstop.booking.SlotView;
import io.pitstop.common.Detail;
import io.pitstop.common.Times;
import io.pitstop.shop.ShopSchedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slot a booking takes: the wanted start among the bookable ones of its day, with its bays (the most specialised
 * free bay first). A start that is not bookable is a conflict offering the three nearest bookable starts, over two
 * days either side (an emergency: within its window). Pure, like {@link Availability}.
 */
final class SlotChoice {

    private SlotChoice() {
    }

    static Availability.Slot pick(ShopSchedule schedule, ShopSchedule.ServiceInfo type, List<Availability.Busy> busy,
                                  Instant start, boolean emergency, Instant now, Availability.Rules rules) {
        return pick(schedule, type, busy, List.of(), start, emergency, now, rules);
    }

    /** As above, offering as alternatives only times at which the car is free ({@code carBusy}: its other bookings). */
    static Availability.Slot pick(ShopSchedule schedule, ShopSchedule.ServiceInfo type, List<Availability.Busy> busy,
                                  List<Availability.Busy> carBusy, Instant start, boolean emergency, Instant now,
                                  Availability.Rules rules) {
        return bookable(schedule, type, busy, start, emergency, now, rules)
                .orElseThrow(() -> full(schedule, type, busy, carBusy, start, emergency, now, rules));
    }

    /** The wanted start if it is bookable ({@code busy}: the bookings of its day at least). */
    static Optional<Availability.Slot> bookable(ShopSchedule schedule, ShopSchedule.ServiceInfo type, List<Availability.Busy> busy,
                                                Instant start, boolean emergency, Instant now, Availability.Rules rules) {
        LocalDate day = start.atZone(schedule.zone()).toLocalDate();
        return Availability.slots(schedule, type, busy, now, rules, day, day, emergency).stream()
                .filter(s -> s.start().toInstant().equals(start)).findFirst();
    }

    /** The conflict of a start that is not bookable ({@code busy}: two days either side), with the alternatives. */
    static SlotFullException full(ShopSchedule schedule, ShopSchedule.ServiceInfo type, List<Availability.Busy> busy,
                                  List<Availability.Busy> carBusy, Instant start, boolean emergency, Instant now,
                                  Availability.Rules rules) {
        Map<String, String> values = Map.of("serviceType", type.code(), "start", Times.at(start, schedule.zone()).toString(),
                "window", rules.emergencyWindow().toString());
        return new SlotFullException(Detail.of(emergency ? "problem.booking.slot-full-emergency" : "problem.booking.slot-full", values),
                alternatives(schedule, type, busy, carBusy, start, emergency, now, rules));
    }

    /**
     * The three bookable starts nearest the wanted one, over two days either side (an emergency: within its window),
     * leaving out those at which the car is booked already.
     */
    static List<SlotView> alternatives(ShopSchedule schedule, ShopSchedule.ServiceInfo type, List<Availability.Busy> busy,
                                       List<Availability.Busy> carBusy, Instant start, boolean emergency, Instant now,
                                       Availability.Rules rules) {
        LocalDate day = start.atZone(schedule.zone()).toLocalDate();
        List<Availability.Slot> around = Availability.slots(schedule, type, busy, now, rules,
                emergency ? day : day.minusDays(2), emergency ? day : day.plusDays(2), emergency);
        List<Availability.Slot> carFree = around.stream().filter(s -> carBusy.stream().noneMatch(b ->
                b.start().isBefore(s.end().toInstant()) && b.end().isAfter(s.start().toInstant()))).toList();
        return Availability.nearest(carFree, start, 3).stream().map(SlotChoice::view).toList();
    }

    static SlotView view(Availability.Slot s) {
        return new SlotView(s.start().toOffsetDateTime(), s.end().toOffsetDateTime(), s.remaining());
    }
}

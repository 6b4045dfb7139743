package io.pitstop.booking.service;

import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopSchedule.BayInfo;
import io.pitstop.shop.ShopSchedule.ServiceInfo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Which start times of a service can still be booked, and with which bays. Pure: the caller loads the schedule and
 * the live appointments, so the rules are tested without a database and applied identically when listing slots and
 * when booking one (the booking's locked insert then checks the capacity again, {@link BookingCapacity}).
 */
public final class Availability {

    /** A bay held by a live appointment over [start, end). */
    public record Busy(UUID bayId, Instant start, Instant end) {
    }

    /** The booking rules of the shop. */
    public record Rules(Duration leadTime, int stepMinutes, double emergencyShare, Duration emergencyWindow) {
    }

    /** A bookable start with the bays free for the whole duration (best choice first) and what is left to book. */
    public record Slot(ZonedDateTime start, ZonedDateTime end, List<BayInfo> freeBays, int remaining) {
    }

    private Availability() {
    }

    /** Bays held back for emergencies: a share of the skilled bays, rounded, never all of them. */
    static int reserve(int skilledBays, double share) {
        if (skilledBays <= 1) {
            return 0;
        }
        return (int) Math.min(Math.round(skilledBays * share), skilledBays - 1L);
    }

    public static List<Slot> slots(ShopSchedule shop, ServiceInfo type, List<Busy> busy, Instant now, Rules rules,
                                   LocalDate from, LocalDate to, boolean emergency) {
        List<BayInfo> skilled = shop.baysFor(type.skill());
        int held = emergency ? 0 : reserve(skilled.size(), rules.emergencyShare());
        Duration duration = Duration.ofMinutes(type.durationMinutes());
        // An emergency while the shop is closed is offered the first starts at opening (and the rescue line meanwhile).
        Instant earliest = emergency ? shop.workClock().nextOpen(now) : now.plus(rules.leadTime());
        Instant latest = emergency ? earliest.plus(rules.emergencyWindow()) : Instant.MAX;
        int step = emergency ? 15 : rules.stepMinutes();

        // Each bay's own bookings: a week of 40 bays is checked start by start without scanning every booking each time.
        java.util.Map<UUID, List<Busy>> byBay = busy.stream().collect(java.util.stream.Collectors.groupingBy(Busy::bayId));
        List<Slot> out = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            var hours = shop.hoursOn(day);
            if (hours.isEmpty()) {
                continue;
            }
            ZonedDateTime opens = day.atTime(hours.get().opens()).atZone(shop.zone());
            ZonedDateTime closes = day.atTime(hours.get().closes()).atZone(shop.zone());
            for (ZonedDateTime start = opens; !start.plus(duration).isAfter(closes); start = start.plusMinutes(step)) {
                Instant s = start.toInstant();
                if (s.isBefore(earliest) || s.isAfter(latest)) {
                    continue;
                }
                Instant e = s.plus(duration);
                List<BayInfo> free = skilled.stream()
                        .filter(bay -> byBay.getOrDefault(bay.id(), List.of()).stream()
                                .noneMatch(b -> b.start().isBefore(e) && b.end().isAfter(s)))
                        .toList();
                int remaining = free.size() - held;
                if (remaining > 0) {
                    out.add(new Slot(start, start.plus(duration), free, remaining));
                }
            }
        }
        return out;
    }

    /** The bookable starts nearest to the wanted one (for a 409 that offers alternatives). */
    public static List<Slot> nearest(List<Slot> candidates, Instant wanted, int count) {
        return candidates.stream()
                .sorted(Comparator.comparingLong((Slot s) -> Math.abs(ChronoUnit.MINUTES.between(wanted, s.start().toInstant())))
                        .thenComparing(Slot::start))
                .limit(count)
                .sorted(Comparator.comparing(Slot::start))
                .toList();
    }
}

package io.pitstop.shop;

import io.pitstop.live.LiveHub;
import io.pitstop.shop.persistence.BayRepository;
import io.pitstop.shop.persistence.ClosedDateRepository;
import io.pitstop.shop.persistence.OpeningHoursRepository;
import io.pitstop.shop.persistence.ServiceTypeRepository;
import io.pitstop.shop.persistence.Shop;
import io.pitstop.shop.persistence.ShopRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shop's setup as bookings read it, held in memory: every availability query and booking needs it, and it changes
 * a few times a year. Reading it costs five queries, so it is read once and kept until it changes.
 * <p>
 * Invalidation: a trigger on each setup table (V18) publishes "shop|setup" through LISTEN/NOTIFY when a change commits,
 * whoever made it (any instance, the demo seed, a migration, psql), and every instance forgets its copy; a re-established
 * LISTEN connection forgets too (it may have missed some). The instance that made a change through {@link ShopService}
 * also forgets right after its commit, so its next request never races the notification. A copy is also re-read after
 * {@link #RECHECK_AFTER}, a bound on staleness should a notification ever be lost.
 */
@ApplicationScoped
public class ShopSnapshots {

    static final String TOPIC = "shop";
    static final Duration RECHECK_AFTER = Duration.ofMinutes(1);

    /** The setup as read, with every closed day (the schedule of a day shows those from the day before on). */
    record Snapshot(ZoneId zone, EnumMap<DayOfWeek, ShopSchedule.Hours> week, NavigableSet<LocalDate> closedDays,
                    List<ShopSchedule.BayInfo> bays, LinkedHashMap<String, ShopSchedule.ServiceInfo> types,
                    String emergencyPhone, Instant loadedAt) {

        ShopSchedule scheduleOn(LocalDate today) {
            return new ShopSchedule(zone, Collections.unmodifiableMap(week), Set.copyOf(closedDays.tailSet(today.minusDays(1), true)),
                    bays, Collections.unmodifiableMap(types));
        }
    }

    private final ShopRepository shops;
    private final OpeningHoursRepository hours;
    private final ClosedDateRepository closedDays;
    private final BayRepository bays;
    private final ServiceTypeRepository serviceTypes;
    private final Clock clock;
    /** Bumped by every invalidation: a read that started before one is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot current;

    public ShopSnapshots(ShopRepository shops, OpeningHoursRepository hours, ClosedDateRepository closedDays,
                         BayRepository bays, ServiceTypeRepository serviceTypes, Clock clock, LiveHub live) {
        this.shops = shops;
        this.hours = hours;
        this.closedDays = closedDays;
        this.bays = bays;
        this.serviceTypes = serviceTypes;
        this.clock = clock;
        live.listen(TOPIC, new LiveHub.Signals() {
            @Override
            public void changed(String key) {
                forget();
            }

            @Override
            public void missedSome() {
                forget();
            }
        });
    }

    /** The schedule bookings are computed against; reads the setup in the caller's session when not held. */
    public Uni<ShopSchedule> schedule() {
        return snapshot().map(s -> s.scheduleOn(LocalDate.now(clock.withZone(s.zone()))));
    }

    public Uni<ZoneId> zone() {
        return snapshot().map(Snapshot::zone);
    }

    /** The rescue line, or null when not set. */
    public Uni<String> emergencyPhone() {
        return snapshot().map(Snapshot::emergencyPhone);
    }

    /** Forget the copy on this instance (others hear of the change from the trigger's notification). */
    public void forget() {
        generation.incrementAndGet();
        current = null;
    }

    Uni<Snapshot> snapshot() {
        Snapshot s = current;
        Instant now = clock.instant();
        if (s != null && !now.isBefore(s.loadedAt()) && !now.isAfter(s.loadedAt().plus(RECHECK_AFTER))) {
            return Uni.createFrom().item(s);
        }
        long seen = generation.get();
        return load(now).invoke(loaded -> {
            if (generation.get() == seen) {
                current = loaded;
            }
        });
    }

    private Uni<Snapshot> load(Instant now) {
        // In the caller's session when there is one (a booking's transaction), else in one of its own (availability).
        return Panache.withSession(() -> shops.findById(Shop.ID).chain(shop -> hours.week().chain(week -> closedDays.listAll().chain(closed ->
                bays.ordered().chain(bayList -> serviceTypes.ordered().map(types -> {
                    var weekMap = new EnumMap<DayOfWeek, ShopSchedule.Hours>(DayOfWeek.class);
                    week.forEach(e -> weekMap.put(DayOfWeek.of(e.dayOfWeek), new ShopSchedule.Hours(e.opens, e.closes)));
                    var closedSet = new TreeSet<LocalDate>();
                    closed.forEach(c -> closedSet.add(c.day));
                    var bayInfos = bayList.stream().filter(b -> b.active)
                            .map(b -> new ShopSchedule.BayInfo(b.id, b.code, b.name, b.nameEn, Set.copyOf(b.skills))).toList();
                    var typeMap = new LinkedHashMap<String, ShopSchedule.ServiceInfo>();
                    types.forEach(t -> typeMap.put(t.code, new ShopSchedule.ServiceInfo(t.code, t.nameZh, t.nameEn,
                            t.durationMinutes, t.skill, t.active, t.priceMin, t.priceMax, t.bringZh, t.bringEn)));
                    String rescue = shop.emergencyPhone == null || shop.emergencyPhone.isBlank() ? null : shop.emergencyPhone;
                    return new Snapshot(ZoneId.of(shop.timeZone), weekMap, closedSet, bayInfos, typeMap, rescue, now);
                }))))));
    }
}

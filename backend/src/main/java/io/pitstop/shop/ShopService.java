package io.pitstop.shop;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Texts;
import io.pitstop.shop.persistence.Bay;
import io.pitstop.shop.persistence.BayRepository;
import io.pitstop.shop.persistence.ClosedDate;
import io.pitstop.shop.persistence.ClosedDateRepository;
import io.pitstop.shop.persistence.OpeningHoursEntry;
import io.pitstop.shop.persistence.OpeningHoursRepository;
import io.pitstop.shop.persistence.ServiceType;
import io.pitstop.shop.persistence.ServiceTypeRepository;
import io.pitstop.shop.persistence.Shop;
import io.pitstop.shop.persistence.ShopRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The dealership's configuration: readable by everyone, changed by a manager. */
@ApplicationScoped
public class ShopService {

    private final ShopRepository shops;
    private final OpeningHoursRepository hours;
    private final ClosedDateRepository closedDays;
    private final BayRepository bays;
    private final ServiceTypeRepository serviceTypes;
    private final ShopSnapshots snapshots;
    private final Clock clock;

    public ShopService(ShopRepository shops, OpeningHoursRepository hours, ClosedDateRepository closedDays,
                       BayRepository bays, ServiceTypeRepository serviceTypes, ShopSnapshots snapshots, Clock clock) {
        this.shops = shops;
        this.hours = hours;
        this.closedDays = closedDays;
        this.bays = bays;
        this.serviceTypes = serviceTypes;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ShopView> view() {
        return shops.findById(Shop.ID).chain(shop -> {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(shop.timeZone)));
            return hours.week().chain(week -> closedDays.from(today).chain(closed -> bays.ordered()
                    .chain(bayList -> serviceTypes.ordered().map(types -> new ShopView(
                            shop.name, shop.nameEn, shop.timeZone, shop.phone, shop.address, emergencyPhone(shop),
                            week.stream().map(ShopService::view).toList(),
                            closed.stream().map(c -> new ClosedDay(c.day, c.reason)).toList(),
                            bayList.stream().map(ShopService::view).toList(),
                            types.stream().map(ShopService::view).toList())))));
        });
    }

    /** The shop's time zone, in which every time is shown; call inside the caller's session. */
    public Uni<ZoneId> zone() {
        return snapshots.zone();
    }

    /** The shop's emergency / rescue line, or null when not set; call inside the caller's session. */
    public Uni<String> emergencyPhone() {
        return snapshots.emergencyPhone();
    }

    private static String emergencyPhone(Shop shop) {
        return shop.emergencyPhone == null || shop.emergencyPhone.isBlank() ? null : shop.emergencyPhone;
    }

    /** The schedule bookings are computed against (held in memory, {@link ShopSnapshots}); call inside the caller's session. */
    public Uni<ShopSchedule> schedule() {
        return snapshots.schedule();
    }

    /** The shop's working time (opening hours, closed days, zone); call inside the caller's session. */
    public Uni<WorkClock> workClock() {
        return schedule().map(ShopSchedule::workClock);
    }

    public Uni<ShopView> updateSettings(ShopSettingsRequest req) {
        try {
            ZoneId.of(req.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", Detail.of("problem.shop.time-zone"));
        }
        if (req.openingHours().isEmpty()) {
            // A week without a single open day offers nothing to book; closing for a while is what closed days are for.
            throw new InvalidInputException("openingHours", Detail.of("problem.shop.never-open"));
        }
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < req.openingHours().size(); i++) {
            OpeningHours h = req.openingHours().get(i);
            if (!seen.add(h.dayOfWeek())) {
                throw new InvalidInputException("openingHours[" + i + "].dayOfWeek", Detail.of("problem.shop.day-twice"));
            }
            if (!h.opens().isBefore(h.closes())) {
                throw new InvalidInputException("openingHours[" + i + "].closes", Detail.of("problem.shop.closes-before-opens"));
            }
        }
        return change(() -> shops.findById(Shop.ID)
                .invoke(shop -> {
                    shop.name = req.name().strip();
                    // Absent: the English name stays (a page that edits the hours does not know it); blank clears it.
                    if (req.nameEn() != null) {
                        shop.nameEn = Texts.optional(req.nameEn());
                    }
                    shop.timeZone = req.timeZone();
                    shop.phone = req.phone().strip();
                    shop.address = req.address().strip();
                    shop.emergencyPhone = req.emergencyPhone() == null ? "" : req.emergencyPhone().strip();
                    shop.updatedAt = clock.instant();
                })
                .chain(() -> hours.deleteAll())
                .chain(() -> hours.persist(req.openingHours().stream().map(h -> {
                    OpeningHoursEntry e = new OpeningHoursEntry();
                    e.dayOfWeek = (short) h.dayOfWeek().getValue();
                    e.opens = h.opens();
                    e.closes = h.closes();
                    return e;
                }).toList()))
                .chain(() -> hours.flush())
                .chain(this::view));
    }

    public Uni<ClosedDay> closeOn(LocalDate day, ClosedDayRequest req) {
        return change(() -> closedDays.findById(day).chain(existing -> {
            ClosedDate c = existing != null ? existing : new ClosedDate();
            c.day = day;
            c.reason = req.reason().strip();
            return (existing != null ? Uni.createFrom().item(c) : closedDays.persist(c))
                    .map(saved -> new ClosedDay(saved.day, saved.reason));
        }));
    }

    public Uni<Void> reopenOn(LocalDate day) {
        return change(() -> closedDays.deleteById(day).invoke(deleted -> {
            if (!deleted) {
                throw new NotFoundException("closed-day", day);
            }
        }).replaceWithVoid());
    }

    public Uni<BayView> createBay(BayRequest req) {
        return change(() -> bays.findByCode(req.code()).chain(existing -> {
            if (existing != null) {
                throw codeTaken(req.code());
            }
            Bay bay = new Bay();
            bay.id = UUID.randomUUID();
            apply(bay, req);
            return bays.persist(bay).map(ShopService::view);
        }));
    }

    public Uni<BayView> updateBay(UUID id, BayRequest req) {
        return change(() -> bays.findById(id).chain(bay -> {
            if (bay == null) {
                return Uni.createFrom().failure(new NotFoundException("bay", id));
            }
            return bays.findByCode(req.code()).map(sameCode -> {
                if (sameCode != null && !sameCode.id.equals(id)) {
                    throw codeTaken(req.code());
                }
                apply(bay, req);
                return view(bay);
            });
        }));
    }

    /**
     * A change of the setup, in its own transaction; this instance's copy of the schedule is forgotten once it has
     * committed (other instances hear of it from the setup tables' trigger).
     */
    private <T> Uni<T> change(java.util.function.Supplier<Uni<T>> work) {
        return Panache.withTransaction(work).eventually(snapshots::forget);
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException("bay-code-taken", Detail.of("problem.shop.bay-code-taken", Map.of("code", code)));
    }

    public Uni<ServiceTypeView> putServiceType(String code, ServiceTypeRequest req) {
        if (!code.matches("^[A-Z][A-Z0-9_]{1,39}$")) {
            throw new InvalidInputException("code", Detail.of("problem.shop.service-type-code"));
        }
        if (req.durationMinutes() % 15 != 0) {
            throw new InvalidInputException("durationMinutes", Detail.of("problem.shop.duration-step"));
        }
        if (req.priceMax() != null && req.priceMin() == null) {
            throw new InvalidInputException("priceMin", Detail.of("problem.shop.price-min-required"));
        }
        if (req.priceMax() != null && req.priceMax().compareTo(req.priceMin()) < 0) {
            throw new InvalidInputException("priceMax", Detail.of("problem.shop.price-max-below-min"));
        }
        return change(() -> serviceTypes.findById(code).chain(existing -> {
            ServiceType t = existing != null ? existing : new ServiceType();
            t.code = code;
            t.nameZh = req.nameZh().strip();
            t.nameEn = req.nameEn().strip();
            t.durationMinutes = req.durationMinutes();
            t.skill = req.skill();
            t.active = req.active() == null || req.active();
            t.priceMin = req.priceMin();
            t.priceMax = req.priceMax();
            t.bringZh = blankToNull(req.bringZh());
            t.bringEn = blankToNull(req.bringEn());
            return (existing != null ? Uni.createFrom().item(t) : serviceTypes.persist(t)).map(ShopService::view);
        }));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void apply(Bay bay, BayRequest req) {
        bay.code = req.code();
        bay.name = req.name().strip();
        if (req.nameEn() != null) {
            bay.nameEn = Texts.optional(req.nameEn());
        }
        bay.skills = EnumSet.copyOf(new HashSet<>(req.skills()));
        bay.active = req.active() == null || req.active();
    }

    static OpeningHours view(OpeningHoursEntry e) {
        return new OpeningHours(DayOfWeek.of(e.dayOfWeek), e.opens, e.closes);
    }

    static BayView view(Bay b) {
        List<Skill> skills = new ArrayList<>(b.skills);
        skills.sort(null);
        return new BayView(b.id.toString(), b.code, b.name, b.nameEn, skills, b.active);
    }

    static ServiceTypeView view(ServiceType t) {
        return new ServiceTypeView(t.code, t.nameZh, t.nameEn, t.durationMinutes, t.skill, t.active, t.priceMin, t.priceMax,
                t.bringZh, t.bringEn);
    }
}

package io.pitstop.demo;

import io.pitstop.identity.Role;
import io.pitstop.identity.persistence.Account;
import io.pitstop.identity.persistence.AccountRepository;
import io.pitstop.identity.service.PasswordHasher;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.Skill;
import io.pitstop.shop.WorkClock;
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
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A believable dealership for a first start on the embedded database: hours, closed days, bays, service types,
 * staff of every role, a few customers with their vehicles, a week of bookings in every state, months of
 * history ({@link DemoHistory}) and the parts desk ({@link DemoParts}). Seeded once (a marker row makes concurrent starts safe) and never on a
 * configured database unless PITSTOP_DEMO_SEED=true. The logins are listed in the README.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String PASSWORD = "demo1234";

    record Person(String phone, String name, Role role) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("13800000001", "赵敏", Role.MANAGER),
            new Person("13800000002", "王芳", Role.ADVISOR),
            new Person("13800000003", "陈刚", Role.ADVISOR),
            new Person("13800000004", "刘强", Role.TEAM_LEAD),
            new Person("13800000005", "孙磊", Role.TECHNICIAN),
            new Person("13800000006", "周杰", Role.TECHNICIAN),
            new Person("13800000007", "吴静", Role.INSPECTOR),
            new Person("13800000008", "郑丽", Role.CUSTOMER_SERVICE),
            new Person(DemoParts.PARTS_PHONE, "钱峰", Role.PARTS),
            new Person("13900000001", "李明", Role.CUSTOMER),
            new Person("13900000002", "张伟", Role.CUSTOMER),
            new Person("+4915112345678", "Emma Schulz", Role.CUSTOMER));

    private final String seed;
    private final boolean embedded;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AccountRepository accounts;
    private final ShopRepository shops;
    private final OpeningHoursRepository hours;
    private final ClosedDateRepository closedDays;
    private final BayRepository bays;
    private final ServiceTypeRepository serviceTypes;
    private final DemoCalendar calendar;
    private final DemoRepairs repairs;
    private final DemoFeedback feedback;
    private final DemoHistory history;
    private final DemoParts parts;

    public DemoData(@ConfigProperty(name = "pitstop.demo.seed") String seed,
                    @ConfigProperty(name = "pitstop.database.embedded", defaultValue = "false") boolean embedded,
                    Clock clock, PasswordHasher hasher, AccountRepository accounts, ShopRepository shops,
                    OpeningHoursRepository hours, ClosedDateRepository closedDays, BayRepository bays,
                    ServiceTypeRepository serviceTypes, DemoCalendar calendar, DemoRepairs repairs, DemoFeedback feedback,
                    DemoHistory history, DemoParts parts) {
        this.history = history;
        this.parts = parts;
        this.repairs = repairs;
        this.feedback = feedback;
        this.seed = seed;
        this.embedded = embedded;
        this.clock = clock;
        this.hasher = hasher;
        this.accounts = accounts;
        this.shops = shops;
        this.hours = hours;
        this.closedDays = closedDays;
        this.bays = bays;
        this.serviceTypes = serviceTypes;
        this.calendar = calendar;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        boolean wanted = switch (seed.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> embedded;
        };
        if (!wanted) {
            return;
        }
        Boolean seeded = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> claim()
                .chain(claimed -> claimed ? seedAll().replaceWith(true) : Uni.createFrom().item(false))));
        if (seeded) {
            VertxContextSupport.subscribeAndAwait(history::seed);
            // After the history: the parts desk issued the oil service of its deliveries.
            Instant now = today(WORK, clock.instant(), TODAY_REACHES_BACK);
            VertxContextSupport.subscribeAndAwait(() -> parts.seed(now, WORK.zone()).onFailure().recoverWithUni(e -> {
                LOG.warnf(e, "The demo parts desk could not be seeded; the demo starts without it");
                return Uni.createFrom().voidItem();
            }));
            LOG.infof("Seeded the demo dealership: %d accounts, password '%s' (see README)", PEOPLE.size(), PASSWORD);
        }
    }

    /** True for the one instance whose marker row went in. */
    private Uni<Boolean> claim() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into seed_marker (name, applied_at) values ('demo', ?1) on conflict (name) do nothing")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate()).map(rows -> rows == 1);
    }

    private Uni<Void> seedAll() {
        Instant now = today(WORK, clock.instant(), TODAY_REACHES_BACK);
        return shops.findById(Shop.ID)
                .invoke(shop -> {
                    shop.name = "星途汽车 4S 店";
                    shop.nameEn = "Xingtu Auto 4S";
                    shop.timeZone = "Asia/Shanghai";
                    shop.phone = "021-55550000";
                    shop.address = "上海市浦东新区张江路 88 号";
                    shop.emergencyPhone = "400-820-8820";
                    shop.updatedAt = now;
                })
                // The demo sets the shop's week, whatever hours were there before.
                .chain(() -> hours.deleteAll())
                .chain(() -> hours.persist(openingHours()))
                .chain(() -> closedDays.persist(closedDays()))
                .chain(() -> bays.persist(bays()))
                .chain(() -> serviceTypes.persist(serviceTypes()))
                .chain(() -> hasher.hash(PASSWORD))
                .chain(hash -> accounts.persist(PEOPLE.stream().map(p -> account(p, hash, now)).toList()))
                .chain(() -> accounts.flush())
                .chain(() -> calendar.seed(now))
                .chain(() -> repairs.customers(now))
                // Delivered visits of the past first: a car is in the workshop once at a time.
                .chain(() -> feedback.seed(now))
                .chain(() -> repairs.orders(now));
    }

    /** The demo shop's working time, as {@link #openingHours()} and {@link #closedDays()} set it. */
    static final WorkClock WORK = workClock();

    /** The longest a demo scenario of today reaches back (DemoRepairs: the delivered order, checked in 5 h ago). */
    static final Duration TODAY_REACHES_BACK = Duration.ofMinutes(300);

    private static WorkClock workClock() {
        Map<DayOfWeek, ShopSchedule.Hours> week = new EnumMap<>(DayOfWeek.class);
        openingHours().forEach(e -> week.put(DayOfWeek.of(e.dayOfWeek), new ShopSchedule.Hours(e.opens, e.closes)));
        return new WorkClock(ZoneId.of("Asia/Shanghai"), week, closedDays().stream().map(c -> c.day).collect(Collectors.toSet()));
    }

    /** The instant while the shop is open then, else half an hour before the last closing (room for what follows). */
    static Instant inHours(Instant t) {
        return WORK.isOpen(t) ? t : WORK.lastOpenAtOrBefore(t).minus(Duration.ofMinutes(30));
    }

    /**
     * "Now" for the demo's day: the real now while the shop is open and its morning holds today's scenarios, else the
     * latest instant before it when it did (the last closing, or the one before when the morning is too short), so
     * that every check-in, step and update of the day lies inside opening hours whatever the time of the first start.
     */
    static Instant today(WorkClock work, Instant now, Duration reachesBack) {
        Instant t = work.lastOpenAtOrBefore(now);
        for (int n = 0; n < 400; n++) {
            LocalDate day = t.atZone(work.zone()).toLocalDate();
            var hours = work.hoursOn(day);
            // t is open, or the closing of its day: that day's opening lies before it.
            if (hours.isPresent()) {
                Instant opens = day.atTime(hours.get().opens()).atZone(work.zone()).toInstant();
                if (!t.minus(reachesBack).isBefore(opens)) {
                    return t;
                }
                t = work.lastOpenAtOrBefore(opens.minusSeconds(1));
            } else {
                t = work.lastOpenAtOrBefore(day.atStartOfDay(work.zone()).toInstant().minusSeconds(1));
            }
        }
        throw new IllegalStateException("No open day long enough for the demo's scenarios before " + now);
    }

    private static List<OpeningHoursEntry> openingHours() {
        List<OpeningHoursEntry> week = new ArrayList<>();
        for (short day = 1; day <= 7; day++) {
            OpeningHoursEntry e = new OpeningHoursEntry();
            e.dayOfWeek = day;
            e.opens = day == 7 ? LocalTime.of(9, 0) : LocalTime.of(8, 30);
            e.closes = day == 7 ? LocalTime.of(17, 0) : LocalTime.of(18, 0);
            week.add(e);
        }
        return week;
    }

    private static List<ClosedDate> closedDays() {
        return List.of(closed(LocalDate.of(2027, 1, 1), "元旦"),
                closed(LocalDate.of(2027, 2, 6), "春节"),
                closed(LocalDate.of(2027, 2, 7), "春节"),
                closed(LocalDate.of(2027, 2, 8), "春节"));
    }

    private static ClosedDate closed(LocalDate day, String reason) {
        ClosedDate c = new ClosedDate();
        c.day = day;
        c.reason = reason;
        return c;
    }

    private static List<Bay> bays() {
        return List.of(
                bay("B1", "快修 1 号", "Quick service 1", EnumSet.of(Skill.GENERAL_SERVICE, Skill.TIRES_ALIGNMENT)),
                bay("B2", "快修 2 号", "Quick service 2", EnumSet.of(Skill.GENERAL_SERVICE)),
                bay("B3", "诊断", "Diagnostics", EnumSet.of(Skill.DIAGNOSTICS, Skill.ELECTRICAL, Skill.GENERAL_SERVICE)),
                bay("B4", "新能源", "EV", EnumSet.of(Skill.EV_HIGH_VOLTAGE, Skill.ELECTRICAL, Skill.DIAGNOSTICS)),
                bay("B5", "钣喷", "Body and paint", EnumSet.of(Skill.BODY_PAINT)));
    }

    private static Bay bay(String code, String name, String nameEn, EnumSet<Skill> skills) {
        Bay b = new Bay();
        b.id = UUID.randomUUID();
        b.code = code;
        b.name = name;
        b.nameEn = nameEn;
        b.skills = skills;
        return b;
    }

    /** The demo's services, priced as a city dealership in 2026 would (yuan, VAT included; "from" where work varies). */
    private static List<ServiceType> serviceTypes() {
        String wheelLock = "行驶证、车钥匙和防盗螺丝钥匙";
        String wheelLockEn = "vehicle licence, keys and the wheel-lock key";
        return List.of(
                type("MINOR_SERVICE", "小保养", "Minor service", 60, Skill.GENERAL_SERVICE, "380", "680", null, null),
                type("MAJOR_SERVICE", "大保养", "Major service", 180, Skill.GENERAL_SERVICE, "980", "1880", null, null),
                type("TIRE_ROTATION", "轮胎换位", "Tire rotation", 45, Skill.TIRES_ALIGNMENT, "80", "150", wheelLock, wheelLockEn),
                type("WHEEL_ALIGNMENT", "四轮定位", "Wheel alignment", 60, Skill.TIRES_ALIGNMENT, "200", "380", wheelLock, wheelLockEn),
                type("DIAGNOSTIC_CHECK", "故障诊断", "Diagnostic check", 90, Skill.DIAGNOSTICS, "200", null, null, null),
                type("AC_SERVICE", "空调检修", "Air-conditioning service", 60, Skill.ELECTRICAL, "280", "580", null, null),
                type("EV_BATTERY_CHECK", "动力电池检测", "EV battery check", 120, Skill.EV_HIGH_VOLTAGE, "300", "600",
                        "行驶证、车钥匙和充电卡", "vehicle licence, keys and the charging card"),
                type("BODY_REPAIR", "钣金喷漆", "Body and paint repair", 240, Skill.BODY_PAINT, "800", null, null, null));
    }

    private static ServiceType type(String code, String zh, String en, int minutes, Skill skill, String priceMin,
                                    String priceMax, String bringZh, String bringEn) {
        ServiceType t = new ServiceType();
        t.code = code;
        t.nameZh = zh;
        t.nameEn = en;
        t.durationMinutes = minutes;
        t.skill = skill;
        t.priceMin = new java.math.BigDecimal(priceMin);
        t.priceMax = priceMax == null ? null : new java.math.BigDecimal(priceMax);
        t.bringZh = bringZh;
        t.bringEn = bringEn;
        return t;
    }

    private static Account account(Person p, String hash, Instant now) {
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.phone = p.phone();
        a.name = p.name();
        a.role = p.role();
        a.passwordHash = hash;
        a.createdAt = now;
        return a;
    }
}

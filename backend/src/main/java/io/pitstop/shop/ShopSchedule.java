package io.pitstop.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What booking needs of the shop, read in one go: when it is open, which bays can do what, how long work takes. */
public record ShopSchedule(ZoneId zone, Map<DayOfWeek, Hours> week, Set<LocalDate> closedDays, List<BayInfo> bays,
                           Map<String, ServiceInfo> serviceTypes) {

    public record Hours(LocalTime opens, LocalTime closes) {
    }

    public record BayInfo(UUID id, String code, String name, String nameEn, Set<Skill> skills) {

        public BayInfo(UUID id, String code, String name, Set<Skill> skills) {
            this(id, code, name, null, skills);
        }
    }

    /** A service type; its price range (none, "from" a minimum, or min to max) and what to bring (null: the usual). */
    public record ServiceInfo(String code, String nameZh, String nameEn, int durationMinutes, Skill skill, boolean active,
                              java.math.BigDecimal priceMin, java.math.BigDecimal priceMax, String bringZh, String bringEn) {

        public ServiceInfo(String code, String nameZh, String nameEn, int durationMinutes, Skill skill, boolean active) {
            this(code, nameZh, nameEn, durationMinutes, skill, active, null, null, null, null);
        }
    }

    /** Opening hours of a date, empty when closed (no hours that weekday, or a closed day). */
    public Optional<Hours> hoursOn(LocalDate date) {
        return workClock().hoursOn(date);
    }

    /** The shop's working time: opening hours only, carried over to the next open day. */
    public WorkClock workClock() {
        return new WorkClock(zone, week, closedDays);
    }

    /** Active bays that can do the skill, the most specialised first (so versatile bays stay free longest). */
    public List<BayInfo> baysFor(Skill skill) {
        return bays.stream().filter(b -> b.skills().contains(skill))
                .sorted(java.util.Comparator.<BayInfo>comparingInt(b -> b.skills().size()).thenComparing(BayInfo::code))
                .toList();
    }
}

package io.pitstop.booking;

import io.pitstop.booking.service.Availability;
import io.pitstop.booking.service.Availability.Busy;
import io.pitstop.booking.service.Availability.Slot;
import io.pitstop.shop.ShopSchedule;
import io.pitstop.shop.ShopSchedule.BayInfo;
import io.pitstop.shop.ShopSchedule.ServiceInfo;
import io.pitstop.shop.Skill;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    private static final Instant LONG_BEFORE = MONDAY.minusDays(7).atStartOfDay(SHANGHAI).toInstant();
    private static final Availability.Rules RULES = new Availability.Rules(Duration.ofHours(2), 30, 0.25, Duration.ofHours(1));

    private static final BayInfo QUICK_1 = bay("B1", Skill.GENERAL_SERVICE, Skill.TIRES_ALIGNMENT);
    private static final BayInfo QUICK_2 = bay("B2", Skill.GENERAL_SERVICE);
    private static final BayInfo QUICK_3 = bay("B3", Skill.GENERAL_SERVICE);
    private static final BayInfo BODY = bay("B5", Skill.BODY_PAINT);
    private static final ServiceInfo MINOR = new ServiceInfo("MINOR", "小保养", "Minor", 60, Skill.GENERAL_SERVICE, true);
    private static final ServiceInfo MAJOR = new ServiceInfo("MAJOR", "大保养", "Major", 180, Skill.GENERAL_SERVICE, true);
    private static final ServiceInfo BODYWORK = new ServiceInfo("BODY", "钣喷", "Body", 120, Skill.BODY_PAINT, true);

    private static ShopSchedule shop(Set<LocalDate> closed) {
        Map<DayOfWeek, ShopSchedule.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SUNDAY) {
                week.put(d, new ShopSchedule.Hours(LocalTime.of(8, 30), LocalTime.of(18, 0)));
            }
        }
        return new ShopSchedule(SHANGHAI, week, closed, List.of(QUICK_1, QUICK_2, QUICK_3, BODY),
                Map.of("MINOR", MINOR, "MAJOR", MAJOR, "BODY", BODYWORK));
    }

    private static BayInfo bay(String code, Skill... skills) {
        return new BayInfo(UUID.nameUUIDFromBytes(code.getBytes()), code, code, Set.of(skills));
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SHANGHAI);
    }

    private static List<Slot> slots(ShopSchedule shop, ServiceInfo type, List<Busy> busy, Instant now, LocalDate from, LocalDate to) {
        return Availability.slots(shop, type, busy, now, RULES, from, to, false);
    }

    @Test
    void slotsFollowOpeningHoursOnAHalfHourGridAndEndBeforeClosing() {
        List<Slot> day = slots(shop(Set.of()), MINOR, List.of(), LONG_BEFORE, MONDAY, MONDAY);
        assertThat(day.get(0).start()).isEqualTo(at(MONDAY, 8, 30));
        assertThat(day.get(day.size() - 1).start()).isEqualTo(at(MONDAY, 17, 0));
        assertThat(day.get(day.size() - 1).end()).isEqualTo(at(MONDAY, 18, 0));
        assertThat(day).hasSize(18);
        assertThat(day.get(0).start().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void aWeekdayWithoutHoursAndAClosedDayOfferNothing() {
        LocalDate sunday = MONDAY.minusDays(1);
        LocalDate tuesday = MONDAY.plusDays(1);
        List<Slot> slots = slots(shop(Set.of(tuesday)), MINOR, List.of(), LONG_BEFORE, sunday, tuesday);
        assertThat(slots).allMatch(s -> s.start().toLocalDate().equals(MONDAY));
    }

    @Test
    void longServicesNeedTheWholeDurationBeforeClosing() {
        List<Slot> day = slots(shop(Set.of()), MAJOR, List.of(), LONG_BEFORE, MONDAY, MONDAY);
        assertThat(day.get(day.size() - 1).start()).isEqualTo(at(MONDAY, 15, 0));
    }

    @Test
    void onlyBaysWithTheRightSkillCount() {
        List<Slot> body = slots(shop(Set.of()), BODYWORK, List.of(), LONG_BEFORE, MONDAY, MONDAY);
        assertThat(body).allMatch(s -> s.freeBays().equals(List.of(BODY)) && s.remaining() == 1);
    }

    @Test
    void aMultiSlotBookingBlocksEverySlotItCovers() {
        Instant nine = at(MONDAY, 9, 0).toInstant();
        List<Busy> busy = List.of(new Busy(BODY.id(), nine, nine.plus(Duration.ofMinutes(120))));
        List<ZonedDateTime> starts = slots(shop(Set.of()), BODYWORK, busy, LONG_BEFORE, MONDAY, MONDAY).stream().map(Slot::start).toList();
        // 07:30-09:00 would end after 9:00 only from 07:30 on, but the shop opens at 08:30: 08:30 overlaps too.
        assertThat(starts).doesNotContain(at(MONDAY, 8, 30), at(MONDAY, 9, 0), at(MONDAY, 9, 30), at(MONDAY, 10, 0), at(MONDAY, 10, 30));
        assertThat(starts).contains(at(MONDAY, 11, 0));
    }

    @Test
    void theLeadTimeHidesStartsTooSoon() {
        Instant now = at(MONDAY, 10, 10).toInstant();
        List<Slot> day = slots(shop(Set.of()), MINOR, List.of(), now, MONDAY, MONDAY);
        assertThat(day.get(0).start()).isEqualTo(at(MONDAY, 12, 30));
    }

    @Test
    void aShareOfBaysIsHeldBackForEmergencies() {
        // Three general bays, a quarter held back (rounded): two for normal bookings.
        Slot first = slots(shop(Set.of()), MINOR, List.of(), LONG_BEFORE, MONDAY, MONDAY).get(0);
        assertThat(first.freeBays()).hasSize(3);
        assertThat(first.remaining()).isEqualTo(2);

        Instant start = first.start().toInstant();
        List<Busy> twoTaken = List.of(new Busy(QUICK_2.id(), start, start.plusSeconds(3600)),
                new Busy(QUICK_3.id(), start, start.plusSeconds(3600)));
        assertThat(slots(shop(Set.of()), MINOR, twoTaken, LONG_BEFORE, MONDAY, MONDAY))
                .noneMatch(s -> s.start().equals(first.start()));
    }

    @Test
    void emergenciesGetTheReserveWithinTheNextHourIgnoringTheLeadTime() {
        Instant now = at(MONDAY, 10, 5).toInstant();
        Instant ten30 = at(MONDAY, 10, 30).toInstant();
        List<Busy> twoTaken = List.of(new Busy(QUICK_2.id(), ten30, ten30.plusSeconds(3600)),
                new Busy(QUICK_3.id(), ten30, ten30.plusSeconds(3600)));
        List<Slot> emergency = Availability.slots(shop(Set.of()), MINOR, twoTaken, now, RULES, MONDAY, MONDAY, true);
        assertThat(emergency).extracting(Slot::start)
                .containsExactly(at(MONDAY, 10, 15), at(MONDAY, 10, 30), at(MONDAY, 10, 45), at(MONDAY, 11, 0));
        assertThat(emergency.stream().filter(s -> s.start().equals(at(MONDAY, 10, 30))).findFirst().orElseThrow().remaining())
                .isEqualTo(1);
    }

    @Test
    void theMostSpecialisedFreeBayIsOfferedFirst() {
        Slot first = slots(shop(Set.of()), MINOR, List.of(), LONG_BEFORE, MONDAY, MONDAY).get(0);
        assertThat(first.freeBays().get(0)).isIn(QUICK_2, QUICK_3);
        assertThat(first.freeBays().get(2)).isEqualTo(QUICK_1);
    }

    @Test
    void alternativesAreTheNearestStarts() {
        List<Slot> all = slots(shop(Set.of()), MINOR, List.of(), LONG_BEFORE, MONDAY, MONDAY);
        List<Slot> near = Availability.nearest(all, at(MONDAY, 12, 10).toInstant(), 3);
        assertThat(near).extracting(Slot::start).containsExactly(at(MONDAY, 11, 30), at(MONDAY, 12, 0), at(MONDAY, 12, 30));
    }

    @Test
    void platesAndVinsAreValidatedAndNormalised() {
        assertThat(Plates.normalizePlate("沪a·12345")).contains("沪A12345");
        assertThat(Plates.normalizePlate("粤BD12345")).contains("粤BD12345");
        assertThat(Plates.normalizePlate("京A12345D")).contains("京A12345D"); // large new-energy vehicle
        assertThat(Plates.normalizePlate("京A1234")).isEmpty();
        assertThat(Plates.normalizePlate("京AI2345")).isEmpty();
        assertThat(Plates.normalizePlate("XA12345")).isEmpty();
        assertThat(Plates.normalizeVin("lsvau2180n2183294")).contains("LSVAU2180N2183294");
        assertThat(Plates.normalizeVin("LSVAU2180N218329O")).isEmpty();
        assertThat(Plates.normalizeVin("LSVAU2180N218329")).isEmpty();
    }
}

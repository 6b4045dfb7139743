package io.pitstop.booking.service;

import io.pitstop.booking.SlotFullException;
import io.pitstop.booking.SlotView;
import io.pitstop.common.Language;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which bay a booking takes at its start, and what a full start offers instead: without a server. */
class SlotChoiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    private static final Instant LONG_BEFORE = MONDAY.minusDays(7).atStartOfDay(SHANGHAI).toInstant();
    private static final Availability.Rules RULES = new Availability.Rules(Duration.ofHours(2), 30, 0.0, Duration.ofHours(1));

    private static final BayInfo VERSATILE = bay("B1", Skill.GENERAL_SERVICE, Skill.TIRES_ALIGNMENT);
    private static final BayInfo QUICK = bay("B2", Skill.GENERAL_SERVICE);
    private static final ServiceInfo MINOR = new ServiceInfo("MINOR", "小保养", "Minor", 60, Skill.GENERAL_SERVICE, true);
    private static final ShopSchedule SHOP = shop();

    @Test
    void theWantedStartTakesTheMostSpecialisedFreeBay() {
        Instant ten = at(10, 0);
        Availability.Slot slot = SlotChoice.pick(SHOP, MINOR, List.of(), ten, false, LONG_BEFORE, RULES);
        assertThat(slot.start().toInstant()).isEqualTo(ten);
        assertThat(slot.end().toInstant()).isEqualTo(ten.plus(Duration.ofHours(1)));
        assertThat(slot.freeBays().get(0)).isEqualTo(QUICK);
    }

    @Test
    void whenTheSpecialisedBayIsBusyTheVersatileOneIsTaken() {
        Instant ten = at(10, 0);
        var busy = List.of(new Availability.Busy(QUICK.id(), ten, ten.plus(Duration.ofHours(1))));
        assertThat(SlotChoice.pick(SHOP, MINOR, busy, ten, false, LONG_BEFORE, RULES).freeBays()).containsExactly(VERSATILE);
    }

    @Test
    void aFullStartIsAConflictOfferingTheThreeNearestBookableStarts() {
        Instant ten = at(10, 0);
        var busy = List.of(new Availability.Busy(QUICK.id(), ten, ten.plus(Duration.ofHours(1))),
                new Availability.Busy(VERSATILE.id(), ten, ten.plus(Duration.ofHours(1))));
        SlotFullException full = catchThrowableOfType(SlotFullException.class,
                () -> SlotChoice.pick(SHOP, MINOR, busy, ten, false, LONG_BEFORE, RULES));
        assertThat(full.type()).isEqualTo("slot-full");
        assertThat(full.alternatives()).extracting(SlotView::start).extracting(s -> s.toInstant())
                .containsExactly(at(8, 30), at(9, 0), at(11, 0));
        assertThat(full.detail(Language.ZH_CN)).isEqualTo("3月4日 10:00 已没有可做 MINOR 的空闲工位。");
        assertThat(full.detail(Language.EN)).isEqualTo("No MINOR bay is free at Mar 4, 10:00.");
    }

    @Test
    void aStartOffTheGridOrBeforeTheLeadTimeIsNotBookable() {
        assertThat(catchThrowableOfType(SlotFullException.class,
                () -> SlotChoice.pick(SHOP, MINOR, List.of(), at(10, 10), false, LONG_BEFORE, RULES)).alternatives())
                .hasSize(3);
        Instant now = at(9, 0);
        assertThat(catchThrowableOfType(SlotFullException.class,
                () -> SlotChoice.pick(SHOP, MINOR, List.of(), at(10, 0), false, now, RULES))).isNotNull();
    }

    @Test
    void anEmergencyIsOfferedAlternativesWithinItsWindowOnly() {
        Instant now = at(9, 5);
        SlotFullException full = catchThrowableOfType(SlotFullException.class,
                () -> SlotChoice.pick(SHOP, MINOR, List.of(), at(14, 0), true, now, RULES));
        assertThat(full.alternatives()).isNotEmpty().allSatisfy(s ->
                assertThat(s.start().toInstant()).isBetween(now, now.plus(RULES.emergencyWindow())));
        assertThat(full.detail(Language.EN)).contains("within the emergency window (1 hour)");
    }

    private static Instant at(int hour, int minute) {
        return MONDAY.atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    private static BayInfo bay(String code, Skill... skills) {
        return new BayInfo(UUID.nameUUIDFromBytes(code.getBytes()), code, code, Set.of(skills));
    }

    private static ShopSchedule shop() {
        Map<DayOfWeek, ShopSchedule.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, new ShopSchedule.Hours(LocalTime.of(8, 30), LocalTime.of(18, 0)));
        }
        return new ShopSchedule(SHANGHAI, week, Set.of(), List.of(VERSATILE, QUICK), Map.of("MINOR", MINOR));
    }
}

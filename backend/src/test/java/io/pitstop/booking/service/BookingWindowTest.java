package io.pitstop.booking.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The horizon, the cut-off, the no-show moment and the range of an availability query: without a server. */
class BookingWindowTest {

    private static final Instant NOW = Instant.parse("2030-03-04T02:00:00Z");
    private static final Duration HORIZON = Duration.ofDays(60);
    private static final Duration CUTOFF = Duration.ofHours(2);

    @Test
    void aStartBeyondTheHorizonIsRefusedOnItsField() {
        assertThatCode(() -> BookingWindow.requireWithinHorizon(NOW.plus(HORIZON), NOW, HORIZON, "start")).doesNotThrowAnyException();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> BookingWindow.requireWithinHorizon(NOW.plus(HORIZON).plusSeconds(1), NOW, HORIZON, "start"));
        assertThat(e.errors(Language.EN)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("start");
            assertThat(f.message()).isEqualTo("must be within the next 60 days");
        });
        assertThat(e.errors(Language.ZH_CN).get(0).message()).isEqualTo("须在今后 60 天之内");
    }

    @Test
    void ownersChangeABookingUntilTheCutoffAndStaffAnyTime() {
        Instant start = NOW.plus(Duration.ofMinutes(90));
        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> BookingWindow.requireBeforeCutoff(false, start, NOW, CUTOFF, "cancelled"));
        assertThat(e.type()).isEqualTo("change-cutoff");
        assertThat(e.detail(Language.EN)).isEqualTo("A booking can be cancelled online until 2 hours before its start; please call the shop.");
        assertThat(e.detail(Language.ZH_CN)).isEqualTo("预约开始前 2 小时内不能在线取消，请致电门店。");
        assertThatCode(() -> BookingWindow.requireBeforeCutoff(true, start, NOW, CUTOFF, "cancelled")).doesNotThrowAnyException();
        assertThatCode(() -> BookingWindow.requireBeforeCutoff(false, NOW.plus(CUTOFF), NOW, CUTOFF, "rescheduled"))
                .doesNotThrowAnyException();
    }

    @Test
    void aBookingIsANoShowOnlyOnceItsStartHasPassed() {
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> BookingWindow.requireStarted(NOW.plusSeconds(1), NOW)).type()).isEqualTo("illegal-transition");
        assertThatCode(() -> BookingWindow.requireStarted(NOW, NOW)).doesNotThrowAnyException();
    }

    @Test
    void anAvailabilityQueryNamesBothDaysInOrderOverAtMostTheWidestRange() {
        LocalDate monday = LocalDate.of(2030, 3, 4);
        assertThat(field(() -> BookingWindow.requireRange(null, monday, 14))).isEqualTo("from");
        assertThat(field(() -> BookingWindow.requireRange(monday, null, 14))).isEqualTo("to");
        assertThat(field(() -> BookingWindow.requireRange(monday, monday.minusDays(1), 14))).isEqualTo("to");
        assertThat(field(() -> BookingWindow.requireRange(monday, monday.plusDays(14), 14))).isEqualTo("to");
        assertThatCode(() -> BookingWindow.requireRange(monday, monday.plusDays(13), 14)).doesNotThrowAnyException();
    }

    private static String field(Runnable check) {
        return catchThrowableOfType(InvalidInputException.class, check::run).errors().get(0).field();
    }
}

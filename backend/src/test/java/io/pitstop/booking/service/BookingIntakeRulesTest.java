package io.pitstop.booking.service;

import io.pitstop.booking.BookingRequest;
import io.pitstop.booking.Channel;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Role;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who books through which channel, and what makes a retried request the same one: without a server. */
class BookingIntakeRulesTest {

    private static final UUID CAR = UUID.fromString("7d6c1c1e-0000-4000-8000-000000000001");
    private static final OffsetDateTime NINE = OffsetDateTime.parse("2030-03-04T09:00:00+08:00");

    @Test
    void ownersBookInTheAppOrOnTheWebPartnersAsPartnersAndStaffThroughAnyOtherChannel() {
        assertThatCode(() -> BookingIntake.checkChannel(Role.CUSTOMER, Channel.APP)).doesNotThrowAnyException();
        assertThatCode(() -> BookingIntake.checkChannel(Role.CUSTOMER, Channel.WEB)).doesNotThrowAnyException();
        assertRefused(Role.CUSTOMER, Channel.PHONE);
        assertThatCode(() -> BookingIntake.checkChannel(Role.PARTNER, Channel.PARTNER)).doesNotThrowAnyException();
        assertRefused(Role.PARTNER, Channel.APP);
        assertThatCode(() -> BookingIntake.checkChannel(Role.ADVISOR, Channel.PHONE)).doesNotThrowAnyException();
        assertThatCode(() -> BookingIntake.checkChannel(Role.CUSTOMER_SERVICE, Channel.WALK_IN)).doesNotThrowAnyException();
        assertRefused(Role.MANAGER, Channel.PARTNER);
    }

    @Test
    void theSameRequestHasTheSameHashWhateverTheOffsetOfItsStart() {
        BookingRequest first = request(NINE, "保养灯亮了");
        assertThat(BookingIntake.requestHash(first)).isEqualTo(BookingIntake.requestHash(request(NINE, "保养灯亮了")))
                .isEqualTo(BookingIntake.requestHash(request(NINE.withOffsetSameInstant(java.time.ZoneOffset.UTC), "保养灯亮了")))
                .hasSize(64);
    }

    @Test
    void anotherStartOrDescriptionIsAnotherRequest() {
        String hash = BookingIntake.requestHash(request(NINE, "保养灯亮了"));
        assertThat(BookingIntake.requestHash(request(NINE.plusMinutes(30), "保养灯亮了"))).isNotEqualTo(hash);
        assertThat(BookingIntake.requestHash(request(NINE, "刹车异响"))).isNotEqualTo(hash);
    }

    private static BookingRequest request(OffsetDateTime start, String fault) {
        return new BookingRequest(CAR, null, null, "MINOR", start, fault, Channel.APP, false, null, null);
    }

    private static void assertRefused(Role role, Channel channel) {
        assertThatThrownBy(() -> BookingIntake.checkChannel(role, channel)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("channel"));
    }
}

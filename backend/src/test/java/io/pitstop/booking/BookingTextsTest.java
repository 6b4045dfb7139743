package io.pitstop.booking;

import io.pitstop.common.Language;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What booking tells people, from the bundles, in both languages, with the limits as configured: without a server. */
class BookingTextsTest {

    private static final Set<NotificationKind> BOOKING = EnumSet.of(NotificationKind.BOOKING_RECEIVED,
            NotificationKind.BOOKING_CONFIRMED, NotificationKind.BOOKING_REMINDER, NotificationKind.BOOKING_RESCHEDULED,
            NotificationKind.BOOKING_CANCELLED, NotificationKind.CONFIRMATION_OVERDUE, NotificationKind.EMERGENCY_BOOKING,
            NotificationKind.NO_SHOW_CANDIDATE, NotificationKind.NEW_BOOKING, NotificationKind.VEHICLE_CLAIMED_ELSEWHERE);

    private static final Map<String, String> PARAMS = params();

    @Test
    void everyBookingMessageIsWrittenInBothLanguagesWithEveryValueFilledIn() {
        for (NotificationKind kind : BOOKING) {
            for (Language language : Language.values()) {
                assertThat(Notifier.text(kind, PARAMS, language)).as("%s in %s", kind, language.tag())
                        .isNotBlank().doesNotContain("{").doesNotContain("}");
            }
        }
    }

    @Test
    void theConfirmationLimitIsTheConfiguredOneInTheOwnersAdvisorsAndEscalationTexts() {
        assertThat(Notifier.text(NotificationKind.BOOKING_RECEIVED, PARAMS, Language.ZH_CN))
                .isEqualTo("已收到您的预约 BK-7Q2M9X（12月3日 09:30），服务顾问将在 20 分钟内确认。");
        assertThat(Notifier.text(NotificationKind.NEW_BOOKING, PARAMS, Language.ZH_CN)).contains("请在 20 分钟内确认");
        assertThat(Notifier.text(NotificationKind.CONFIRMATION_OVERDUE, PARAMS, Language.ZH_CN)).contains("已超过 20 分钟未确认");
        assertThat(Notifier.text(NotificationKind.CONFIRMATION_OVERDUE, PARAMS, Language.EN)).contains("within 20 minutes");
        assertThat(Notifier.text(NotificationKind.NO_SHOW_CANDIDATE, PARAMS, Language.EN)).contains("started 1 hour ago");
    }

    @Test
    void whatToBringIsSaidOnlyWhenThereIsSomething() {
        Map<String, String> without = new LinkedHashMap<>(PARAMS);
        without.put("bring", "");
        assertThat(Notifier.text(NotificationKind.BOOKING_CONFIRMED, PARAMS, Language.EN))
                .endsWith("Your advisor is 王芳 (13900000002). Please bring: keys.");
        assertThat(Notifier.text(NotificationKind.BOOKING_CONFIRMED, without, Language.EN))
                .endsWith("Your advisor is 王芳 (13900000002).");
        assertThat(Notifier.text(NotificationKind.BOOKING_CONFIRMED, without, Language.ZH_CN)).doesNotContain("携带");
    }

    private static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reference", "BK-7Q2M9X");
        p.put("start", "2026-12-03T09:30+08:00");
        p.put("confirmWithin", "PT20M");
        p.put("noShowAfter", "PT1H");
        p.put("customerName", "李明");
        p.put("customerPhone", "13900000001");
        p.put("plate", "沪A12345");
        p.put("vin", "LSVAU2180N2183294");
        p.put("advisorName", "王芳");
        p.put("advisorPhone", "13900000002");
        p.put("bring", "keys");
        p.put("reason", "出差");
        p.put("otherCustomerName", "张伟");
        p.put("otherCustomerPhone", "13900000003");
        return p;
    }
}

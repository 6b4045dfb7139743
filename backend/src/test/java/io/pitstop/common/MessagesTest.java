package io.pitstop.common;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundles' placeholders and the choice of language, without a server. */
class MessagesTest {

    @Test
    void acceptLanguagePicksTheFirstLanguageWeSpeakAndChineseOtherwise() {
        assertThat(Language.ofAcceptLanguage(null)).isEqualTo(Language.ZH_CN);
        assertThat(Language.ofAcceptLanguage("")).isEqualTo(Language.ZH_CN);
        assertThat(Language.ofAcceptLanguage("en")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("en-GB,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("zh-CN")).isEqualTo(Language.ZH_CN);
        assertThat(Language.ofAcceptLanguage("fr-FR, en;q=0.5, zh;q=0.8")).isEqualTo(Language.ZH_CN);
        assertThat(Language.ofAcceptLanguage("fr-FR, en;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("de")).isEqualTo(Language.ZH_CN);
        assertThat(Language.ofAcceptLanguage(";;;q=x")).isEqualTo(Language.ZH_CN);
    }

    @Test
    void durationsTimesAndMoneyAreSaidInTheReadersLanguage() {
        Map<String, String> v = Map.of("limit", "PT20M", "start", "2026-12-03T09:30:00+08:00", "amount", "480.5", "name", "王芳");
        assertThat(Messages.fill(Language.ZH_CN, "{limit,duration}|{start,time}|{amount,money}|{name}", v))
                .isEqualTo("20 分钟|12月3日 09:30|¥480.50|王芳");
        assertThat(Messages.fill(Language.EN, "{limit,duration}|{start,time}", Map.of("limit", "PT1H", "start", "2026-12-03T09:30:00+08:00")))
                .isEqualTo("1 hour|Dec 3, 09:30");
    }

    @Test
    void severalWholeDaysAreSaidAsDaysADayOrTwoAsHoursAndOddMinutesAsMinutes() {
        assertThat(Messages.fill(Language.ZH_CN, "{a,duration}|{b,duration}|{c,duration}|{d,duration}",
                Map.of("a", "PT72H", "b", "PT90M", "c", "PT24H", "d", "PT48H")))
                .isEqualTo("3 天|90 分钟|24 小时|48 小时");
        assertThat(Messages.fill(Language.EN, "{a,duration}|{b,duration}|{c,duration}", Map.of("a", "P7D", "b", "PT1M", "c", "P1D")))
                .isEqualTo("7 days|1 minute|24 hours");
    }

    @Test
    void aMissingValueStaysVisibleInsteadOfVanishing() {
        assertThat(Messages.fill(Language.EN, "Booking {reference} at {start,time}", Map.of("reference", "BK-1")))
                .isEqualTo("Booking BK-1 at {start}");
    }

    @Test
    void eachLanguageReadsItsOwnBundleAndAnUnknownKeyFailsLoudly() {
        assertThat(Messages.text(Language.ZH_CN, "notification.IMPROVEMENT_OVERDUE", Map.of("title", "T"))).isEqualTo("整改任务已逾期：T");
        assertThat(Messages.text(Language.EN, "notification.IMPROVEMENT_OVERDUE", Map.of("title", "T"))).isEqualTo("Improvement action overdue: T");
        assertThatThrownBy(() -> Messages.text(Language.EN, "no.such.key", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

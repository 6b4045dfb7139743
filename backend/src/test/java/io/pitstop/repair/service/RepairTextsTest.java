package io.pitstop.repair.service;

import io.pitstop.common.Language;
import io.pitstop.common.Messages;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The repair texts as data: in both languages, with the limits the rules are configured with, said once. */
class RepairTextsTest {

    @Test
    void everyRepairNotificationReadsInChineseAndInEnglish() {
        Arrays.stream(NotificationKind.values()).filter(k -> k.name().startsWith("REPAIR_"))
                .forEach(k -> assertThat(Messages.has(k.key())).as(k.name()).isTrue());
    }

    @Test
    void noSentenceOfTheRepairBundlesHasALimitWrittenIntoIt() throws IOException {
        Pattern limit = Pattern.compile("\\d+\\s*(分钟|小时|minutes?|hours?)");
        for (String bundle : new String[]{"i18n/repair_zh_CN.properties", "i18n/repair_en.properties"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(limit.matcher(text).find()).as(bundle).isFalse();
            }
        }
    }

    @Test
    void theDispatchLimitsAreTheConfiguredOnes() {
        Map<String, String> p = Map.of("reference", "RO-ABC234", "plate", "沪A12345", "dispatchWithin", "PT7M", "safetyStartWithin", "PT20M");
        assertThat(Notifier.text(NotificationKind.REPAIR_TO_DISPATCH, p, Language.ZH_CN))
                .contains("请在 7 分钟内派工").contains("20 分钟内开工").doesNotContain("5 分钟").doesNotContain("30 分钟");
        assertThat(Notifier.text(NotificationKind.REPAIR_TO_DISPATCH, p, Language.EN))
                .contains("within 7 minutes").contains("within 20 minutes");
        assertThat(Notifier.text(NotificationKind.REPAIR_UPDATE_OVERDUE, Map.of("reference", "RO-ABC234", "plate", "沪A12345",
                "updateEvery", "PT90M"), Language.ZH_CN)).contains("超过 90 分钟未更新进度");
        assertThat(Notifier.text(NotificationKind.REPAIR_DISPATCH_OVERDUE, Map.of("reference", "RO-ABC234", "plate", "沪A12345",
                "dispatchWithin", "PT10M"), Language.EN)).contains("more than 10 minutes ago");
    }

    @Test
    void aDelayTellsTheReasonTheNewTimeAndTheOfferOnce() {
        Map<String, String> p = delay();
        p.put("compensation", "FREE_WASH");
        p.put("compensationDetail", "免费精洗一次");
        String text = Notifier.text(NotificationKind.REPAIR_DELAYED, p, Language.ZH_CN);
        assertThat(text).contains("12月7日 18:00").contains("配件缺货").contains("火花塞需从中心库调货").contains("补偿：免费精洗一次。")
                .doesNotContain("免费洗车一次");
        assertThat(text.indexOf("补偿")).isEqualTo(text.lastIndexOf("补偿"));

        p.remove("compensationDetail");
        p.put("offer", "FREE_WASH");
        assertThat(Notifier.text(NotificationKind.REPAIR_DELAYED, p, Language.ZH_CN)).endsWith("补偿：免费洗车一次。");
        assertThat(Notifier.text(NotificationKind.REPAIR_DELAYED, p, Language.EN))
                .contains("Dec 7, 18:00").contains("a part is out of stock").endsWith("Our offer: one free car wash.");

        p.remove("offer");
        p.put("compensation", "NONE");
        assertThat(Notifier.text(NotificationKind.REPAIR_DELAYED, p, Language.ZH_CN)).doesNotContain("补偿");
    }

    @Test
    void theDelayRiskAlarmTellsTheStaffTheWatchAndTheNoticeTime() {
        Map<String, String> owner = new LinkedHashMap<>(Map.of("reference", "RO-ABC234", "plate", "沪A12345", "advisorName", "王芳",
                "advisorPhone", "13800000002", "promisedAt", "2026-12-07T16:00:00+08:00"));
        owner.put("noticeBefore", "PT30M");
        assertThat(Notifier.text(NotificationKind.REPAIR_DELAY_RISK, owner, Language.ZH_CN))
                .contains("12月7日 16:00").contains("王芳（13800000002）").contains("至少提前 30 分钟");
        owner.put("watchBefore", "PT1H");
        assertThat(Notifier.text(NotificationKind.REPAIR_DELAY_RISK, owner, Language.ZH_CN)).contains("不足 1 小时");
        assertThat(Notifier.text(NotificationKind.REPAIR_DELAY_RISK, owner, Language.EN)).contains("at least ").contains("Less than ");
    }

    @Test
    void anAutomaticUpdateIsWrittenInBothLanguagesWithTheTimeLeft() {
        assertThat(EventTexts.both("event.UPDATE.automatic-left", Map.of("step", "WAITING_PARTS", "left", "PT40M")))
                .isEqualTo("自动进度：等待配件，预计还需 40 分钟 / Automatic update: waiting for parts, about 40 minutes left");
        assertThat(EventTexts.both("event.UPDATE.automatic", Map.of("step", "更换火花塞")))
                .isEqualTo("自动进度：更换火花塞 / Automatic update: 更换火花塞");
    }

    private static Map<String, String> delay() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reference", "RO-ABC234");
        p.put("plate", "沪A12345");
        p.put("reason", "PART_OUT_OF_STOCK");
        p.put("detail", "火花塞需从中心库调货");
        p.put("newPromisedAt", "2026-12-07T18:00:00+08:00");
        return p;
    }
}

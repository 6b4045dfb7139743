package io.pitstop.feedback.service;

import io.pitstop.common.Language;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What ratings and follow-up calls tell people, in both languages, with the limits the rules configure. */
class FeedbackTextsTest {

    @Test
    void theFollowUpLimitsComeFromTheRulesInTheReadersLanguage() {
        Map<String, String> due = Map.of("reference", "RO-4K7P2Q", "delay", "PT36H");
        assertThat(Notifier.text(NotificationKind.FOLLOW_UP_DUE, due, Language.ZH_CN)).isEqualTo("工单 RO-4K7P2Q 已交车 36 小时，请进行回访。");
        assertThat(Notifier.text(NotificationKind.FOLLOW_UP_DUE, due, Language.EN))
                .isEqualTo("RO-4K7P2Q was delivered 36 hours ago: time for the follow-up call.");
        Map<String, String> problem = Map.of("reference", "RO-4K7P2Q", "problem", "方向盘抖动", "dueAt", "2026-12-02T23:59:59+08:00",
                "workingDays", "5");
        assertThat(Notifier.text(NotificationKind.FOLLOW_UP_PROBLEM, problem, Language.ZH_CN))
                .isEqualTo("回访发现问题（工单 RO-4K7P2Q）：方向盘抖动。请在 5 个工作日内（2026年12月2日前）解决。");
        assertThat(Notifier.text(NotificationKind.FOLLOW_UP_PROBLEM, problem, Language.EN))
                .isEqualTo("A follow-up call (RO-4K7P2Q) found a problem: 方向盘抖动. Solve it within 5 working days (by Dec 2, 2026).");
    }

    @Test
    void everyKindOfRatingsAndCallsHasItsTextInBothLanguages() {
        Map<String, String> values = Map.of("reference", "RO-1", "customerName", "李明", "overall", "2", "score", "35.00", "delay", "PT72H",
                "problem", "异响", "dueAt", "2026-12-02T23:59:59+08:00", "workingDays", "3");
        for (NotificationKind kind : new NotificationKind[]{NotificationKind.RATING_LOW, NotificationKind.FOLLOW_UP_DUE,
                NotificationKind.FOLLOW_UP_PROBLEM, NotificationKind.FOLLOW_UP_PROBLEM_OVERDUE}) {
            for (Language language : Language.values()) {
                assertThat(Notifier.text(kind, values, language)).as(kind + " in " + language).doesNotContain("{").isNotBlank();
            }
        }
    }
}

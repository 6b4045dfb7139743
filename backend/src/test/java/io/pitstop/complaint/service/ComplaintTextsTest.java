package io.pitstop.complaint.service;

import io.pitstop.common.Language;
import io.pitstop.notify.NotificationKind;
import io.pitstop.notify.Notifier;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a complaint tells people, in both languages, with the limits the rules configure. */
class ComplaintTextsTest {

    @Test
    void theCustomerHearsTheNumberAndTheConfiguredAnswerLimitInTheirLanguage() {
        Map<String, String> p = Map.of("number", "TS-20261124-0007", "answerDueAt", "2026-11-25T10:00:00+08:00", "answerWithin", "PT20H");
        assertThat(Notifier.text(NotificationKind.COMPLAINT_FILED, p, Language.ZH_CN))
                .isEqualTo("您的投诉已受理，编号 TS-20261124-0007。我们将在 20 小时内答复您。");
        assertThat(Notifier.text(NotificationKind.COMPLAINT_FILED, p, Language.EN))
                .isEqualTo("We have your complaint, number TS-20261124-0007. We will answer you within 20 hours.");
    }

    @Test
    void theOwnerReadsTheCaseAndTheLimitAndAReassignmentOnlyWhoOwnsIt() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("number", "TS-1");
        p.put("category", "TECHNICAL");
        p.put("priority", "HIGH");
        p.put("customerName", "李明");
        p.put("ownerName", "王芳");
        p.put("answerWithin", "PT24H");
        assertThat(Notifier.text(NotificationKind.COMPLAINT_ASSIGNED, p, Language.ZH_CN))
                .isEqualTo("投诉 TS-1 的负责人：王芳。客户 李明，维修质量，高优先级。请在 24 小时内答复客户。");
        assertThat(Notifier.text(NotificationKind.COMPLAINT_ASSIGNED, p, Language.EN))
                .isEqualTo("Complaint TS-1 is owned by 王芳. Customer 李明, repair quality, high priority. Answer the customer within 24 hours.");
        assertThat(Notifier.text(NotificationKind.COMPLAINT_ASSIGNED, Map.of("number", "TS-1", "ownerName", "王芳"), Language.ZH_CN))
                .isEqualTo("投诉 TS-1 的负责人：王芳。");
    }

    @Test
    void theCustomerIsToldOfTheStepsThatConcernThem() {
        assertThat(Notifier.text(NotificationKind.COMPLAINT_STEP, Map.of("number", "TS-1", "action", "ACKNOWLEDGE", "status", "ACKNOWLEDGED"),
                Language.ZH_CN)).isEqualTo("投诉 TS-1：已有专人负责处理，我们会尽快给您解决方案。");
        Map<String, String> remedy = new LinkedHashMap<>();
        remedy.put("number", "TS-1");
        remedy.put("action", "PROPOSE_REMEDY");
        remedy.put("status", "REMEDY_PROPOSED");
        remedy.put("remedy", "免费返修刹车系统");
        assertThat(Notifier.text(NotificationKind.COMPLAINT_STEP, remedy, Language.ZH_CN)).isEqualTo("投诉 TS-1：处理方案已提出。方案：免费返修刹车系统。");
        assertThat(Notifier.text(NotificationKind.COMPLAINT_STEP, remedy, Language.EN))
                .isEqualTo("Complaint TS-1: we have proposed a remedy. The remedy: 免费返修刹车系统.");
    }

    @Test
    void everyKindOfComplaintHasItsTextInBothLanguages() {
        Map<String, String> values = Map.of("number", "TS-1", "answerDueAt", "2026-11-25T10:00:00+08:00", "answerWithin", "PT24H",
                "ownerName", "王芳", "status", "CUSTOMER_INFORMED", "action", "INFORM_CUSTOMER", "priority", "MEDIUM");
        for (NotificationKind kind : NotificationKind.values()) {
            if (!kind.name().startsWith("COMPLAINT_")) {
                continue;
            }
            for (Language language : Language.values()) {
                assertThat(Notifier.text(kind, values, language)).as(kind + " in " + language).doesNotContain("{").isNotBlank();
            }
        }
    }
}

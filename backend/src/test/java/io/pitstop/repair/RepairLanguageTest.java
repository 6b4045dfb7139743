package io.pitstop.repair;

import io.pitstop.support.Db;
import io.pitstop.support.RepairFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The owner's SMS in the owner's language; a refusal in the language the request asks for, with the same type. */
@QuarkusTest
class RepairLanguageTest {

    @Inject
    RepairFixtures repairs;

    @Test
    void anOwnerWhoReadsEnglishGetsTheEstimateSmsInEnglish() {
        var english = repairs.customer();
        var chinese = repairs.customer();
        Db.update("update account set language = 'en' where id = ?", UUID.fromString(english.login().id()));
        repairs.sendEstimate(repairs.checkIn(english), 60).statusCode(200);
        repairs.sendEstimate(repairs.checkIn(chinese), 60).statusCode(200);

        assertThat(sms(english.login().phone(), "REPAIR_ESTIMATE")).startsWith("The estimate for order RO-").contains("¥880.00");
        assertThat(sms(chinese.login().phone(), "REPAIR_ESTIMATE")).contains("的维修报价已生成（合计 ¥880.00）");
    }

    @Test
    void theHandOverMessageAsksForARatingAndSaysWhereInTheOwnersLanguage() {
        var english = repairs.customer();
        var chinese = repairs.customer();
        Db.update("update account set language = 'en' where id = ?", UUID.fromString(english.login().id()));
        String englishOrder = repairs.delivered(english);
        String chineseOrder = repairs.delivered(chinese);

        String zh = sms(chinese.login().phone(), "REPAIR_DELIVERED");
        String reference = reference(chineseOrder);
        assertThat(zh).contains("请为本次服务评价").contains("「我的维修」").contains("工单 " + reference).contains("「评价本次服务」")
                .contains("下次保养");
        assertThat(sms(english.login().phone(), "REPAIR_DELIVERED")).contains("Please rate it")
                .contains("\"My repairs\"").contains("order " + reference(englishOrder)).contains("\"Rate this visit\"")
                .contains("Next service");
    }

    @Test
    void aConflictIsSaidInChineseByDefaultAndInEnglishWhenAskedWithTheSameType() {
        var c = repairs.customer();
        String id = repairs.approved(c, 60);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType("application/json").body(RepairFixtures.estimate(60))
                .post("/api/v1/repair-orders/" + id + "/estimate").then().statusCode(409)
                .body("type", containsString("illegal-transition"))
                .body("detail", equalTo("报价须在客户确认前填写；该工单当前为“客户已确认”（维修中发现的项目请作为增项报价）。"));
        given().auth().oauth2(repairs.advisor().accessToken()).contentType("application/json").header("Accept-Language", "en")
                .body(RepairFixtures.estimate(60))
                .post("/api/v1/repair-orders/" + id + "/estimate").then().statusCode(409)
                .body("type", containsString("illegal-transition"))
                .body("detail", equalTo("An estimate is written before approval; this order is APPROVED (work found now is a supplement)."));
        given().auth().oauth2(c.login().accessToken()).header("Accept-Language", "en")
                .get("/api/v1/repair-orders/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("Repair order"));
    }

    private String reference(String orderId) {
        return given().auth().oauth2(repairs.advisor().accessToken()).get("/api/v1/repair-orders/" + orderId)
                .then().statusCode(200).extract().path("reference");
    }

    private static String sms(String phone, String kind) {
        var rows = Db.query("select payload from outbox_message where address = ? and kind = ?", phone, kind);
        assertThat(rows).as("%s to %s", kind, phone).hasSize(1);
        return new JsonPath((String) rows.get(0).get("payload")).getString("text");
    }
}

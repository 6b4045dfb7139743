package io.pitstop.notify;

import io.pitstop.identity.Role;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The inbox speaks the reader's language; a person's sign-in records the language their SMS are written in. */
@QuarkusTest
class NotificationLanguageTest {

    @Inject
    TestAccounts accounts;

    @Test
    void theSameMessageReadsInChineseByDefaultAndInEnglishWhenAskedFor() {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("indicator", "ON_TIME_FIRST_PROMISE", "title", "缩短交车等待", "action", "质检通过后出结算单",
                        "expectedEffect", "准时率到 90%", "ownerId", advisor.id(), "deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/v1/improvements").then().statusCode(201);

        given().auth().oauth2(advisor.accessToken()).get("/api/v1/notifications").then().statusCode(200)
                .body("find { it.kind == 'IMPROVEMENT_ASSIGNED' }.text", equalTo("新的整改任务：缩短交车等待"));
        given().auth().oauth2(advisor.accessToken()).header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/notifications")
                .then().statusCode(200)
                .body("find { it.kind == 'IMPROVEMENT_ASSIGNED' }.text", equalTo("New improvement action for you: 缩短交车等待"));
    }

    @Test
    void signingInFromAnEnglishAppRecordsEnglishAndAClientThatNamesNoLanguageChangesNothing() {
        var advisor = accounts.staff(Role.ADVISOR);
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("phone", advisor.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(Db.query("select language from account where phone = ?", advisor.phone()).get(0).get("language"))
                .isEqualTo("en");
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", advisor.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(Db.query("select language from account where phone = ?", advisor.phone()).get(0).get("language"))
                .isEqualTo("en");
    }
}

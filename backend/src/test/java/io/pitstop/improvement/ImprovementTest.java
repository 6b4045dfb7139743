package io.pitstop.improvement;

import io.pitstop.identity.Role;
import io.pitstop.support.MutableClock;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ImprovementTest {

    @Inject
    TestAccounts accounts;

    @Inject
    ImprovementService improvements;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anActionIsAssignedRaisedOnceWhenOverdueAndDoneByItsOwner() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        var other = accounts.staff(Role.ADVISOR);
        String id = given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("indicator", "ON_TIME_FIRST_PROMISE", "title", "缩短交车等待", "action", "质检通过后 10 分钟内出结算单",
                        "expectedEffect", "首次承诺准时率到 90%", "ownerId", advisor.id(),
                        "deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/v1/improvements").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("owner.id", equalTo(advisor.id())).body("overdue", equalTo(false))
                .extract().path("id");
        assertThat(kinds(advisor)).contains("IMPROVEMENT_ASSIGNED");
        given().auth().oauth2(advisor.accessToken()).get("/api/v1/improvements").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(other.accessToken()).get("/api/v1/improvements").then().statusCode(200).body("id", not(hasItem(id)));

        clock.advance(Duration.ofDays(2));
        VertxContextSupport.subscribeAndAwait(improvements::raiseOverdue);
        VertxContextSupport.subscribeAndAwait(improvements::raiseOverdue);
        assertThat(kinds(advisor).stream().filter("IMPROVEMENT_OVERDUE"::equals)).hasSize(1);
        assertThat(kinds(manager).stream().filter("IMPROVEMENT_OVERDUE"::equals)).hasSizeGreaterThanOrEqualTo(1);
        given().auth().oauth2(manager.accessToken()).get("/api/v1/improvements").then()
                .body("find { it.id == '" + id + "' }.overdue", equalTo(true));

        given().auth().oauth2(other.accessToken()).contentType(ContentType.JSON).body(Map.of("note", "x"))
                .post("/api/v1/improvements/" + id + "/done").then().statusCode(404);
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(Map.of("note", "已写入交车手册"))
                .post("/api/v1/improvements/" + id + "/done").then().statusCode(200)
                .body("status", equalTo("DONE")).body("doneNote", equalTo("已写入交车手册"));
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(Map.of("note", "again"))
                .post("/api/v1/improvements/" + id + "/done").then().statusCode(409);
    }

    @Test
    void anActionNamesItsIndicatorOrCauseAndOnlyManagersRecordThem() {
        var manager = accounts.staff(Role.MANAGER);
        var advisor = accounts.staff(Role.ADVISOR);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "t", "action", "a", "expectedEffect", "e",
                "ownerId", advisor.id(), "deadline", OffsetDateTime.now().plusDays(3).toString()));
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/improvements").then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        body.put("cause", "交车等待时间长");
        given().auth().oauth2(advisor.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/improvements").then().statusCode(403);
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/improvements").then().statusCode(201).body("cause", equalTo("交车等待时间长"))
                .body("before", org.hamcrest.Matchers.nullValue());
        body.put("ownerId", TestAccounts.customer().id());
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/improvements").then().statusCode(400).body("errors[0].field", equalTo("ownerId"));
    }

    private static java.util.List<String> kinds(TestAccounts.Login who) {
        return io.pitstop.support.Db.query("select kind from notification where recipient_id = ?", java.util.UUID.fromString(who.id()))
                .stream().map(r -> (String) r.get("kind")).toList();
    }
}

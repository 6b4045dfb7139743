package io.pitstop.complaint;

import io.pitstop.complaint.service.ComplaintJobs;
import io.pitstop.identity.Role;
import io.pitstop.support.MutableClock;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ComplaintTest {

    @Inject
    RepairFixtures repairs;

    @Inject
    TestAccounts accounts;

    @Inject
    MutableClock clock;

    @Inject
    ComplaintJobs jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse file(TestAccounts.Login who, Map<String, Object> body) {
        return given().auth().oauth2(who.accessToken()).contentType(ContentType.JSON).body(body).post("/api/v1/complaints").then();
    }

    private static ValidatableResponse step(TestAccounts.Login who, String id, Map<String, Object> body) {
        return given().auth().oauth2(who.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/complaints/" + id + "/steps").then();
    }

    @Test
    void aComplaintGoesFromIntakeThroughARejectedRemedyToTheCustomersConfirmation() {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var c = repairs.customer();
        String order = repairs.delivered(c);
        JsonPath filed = file(c.login(), Map.of("content", "交车后刹车异响又出现了", "category", "TECHNICAL", "orderId", order,
                "tags", List.of("刹车", "返修")))
                .statusCode(201)
                .body("number", matchesPattern("TS-\\d{8}-\\d{4}"))
                .body("status", equalTo("NEW"))
                .body("channel", equalTo("APP"))
                .body("team", equalTo("TECHNICAL_SUPPORT"))
                // A technical fault back within 30 days of delivery is urgent.
                .body("priority", equalTo("HIGH"))
                .body("clock.answer.met", nullValue())
                .body("nextActions", equalTo(List.of()))
                .extract().jsonPath();
        String id = filed.getString("id");
        OffsetDateTime created = OffsetDateTime.parse(filed.getString("createdAt"));
        assertThat(OffsetDateTime.parse(filed.getString("clock.answer.dueAt"))).isEqualTo(created.plusHours(24));
        assertThat(OffsetDateTime.parse(filed.getString("clock.resolve.dueAt"))).isEqualTo(created.plusHours(48));

        step(cs, id, Map.of("action", "PROPOSE_REMEDY")).statusCode(409).body("type", containsString("illegal-step"));
        step(cs, id, Map.of("action", "ACKNOWLEDGE", "note", "已致电客户")).statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("clock.answer.met", equalTo(true));
        step(cs, id, Map.of("action", "INVESTIGATE")).statusCode(200);
        step(cs, id, Map.of("action", "NOTE", "note", "查看维修记录", "evidence", List.of(Map.of("kind", "REPAIR_EVENT", "id", "1"))))
                .statusCode(200)
                .body("steps.find { it.action == 'NOTE' }.evidence[0].label", containsString("CHECKED_IN"));
        Map<String, Object> remedy = Map.of("kind", "REWORK", "detail", "免费返修刹车系统", "ownerId", cs.id(),
                "deadline", OffsetDateTime.now().plusDays(1).toString());
        step(cs, id, Map.of("action", "PROPOSE_REMEDY", "remedy", remedy)).statusCode(200).body("status", equalTo("REMEDY_PROPOSED"));
        step(cs, id, Map.of("action", "INFORM_CUSTOMER")).statusCode(200)
                .body("status", equalTo("CUSTOMER_INFORMED"))
                .body("clock.resolve.met", equalTo(true))
                .body("clock.resolve.paused", equalTo(false));

        given().auth().oauth2(c.login().accessToken()).get("/api/v1/complaints/" + id).then()
                .body("nextActions", equalTo(List.of("CONFIRMED", "REJECTED")));
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(Map.of("accepted", false, "comment", "还是响"))
                .post("/api/v1/complaints/" + id + "/confirmation").then().statusCode(200)
                .body("status", equalTo("REOPENED")).body("resolvedAt", nullValue());
        step(cs, id, Map.of("action", "INVESTIGATE")).statusCode(200);
        step(cs, id, Map.of("action", "PROPOSE_REMEDY", "remedy", Map.of("kind", "PART_REPLACEMENT", "detail", "更换刹车盘", "ownerId", cs.id(),
                "deadline", OffsetDateTime.now().plusDays(1).toString()))).statusCode(200);
        step(cs, id, Map.of("action", "INFORM_CUSTOMER")).statusCode(200);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(Map.of("accepted", true, "satisfaction", 4))
                .post("/api/v1/complaints/" + id + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("satisfaction", equalTo(4)).body("closedAt", notNullValue());

        List<String> actions = given().auth().oauth2(cs.accessToken()).get("/api/v1/complaints/" + id).then()
                .extract().jsonPath().getList("steps.action");
        assertThat(actions).containsExactly("FILED", "ACKNOWLEDGE", "INVESTIGATE", "NOTE", "PROPOSE_REMEDY", "INFORM_CUSTOMER", "REJECTED",
                "INVESTIGATE", "PROPOSE_REMEDY", "INFORM_CUSTOMER", "CONFIRMED");
        step(cs, id, Map.of("action", "NOTE", "note", "after closing")).statusCode(409);
    }

    @Test
    void numbersStayUniqueWhenManyAreFiledAtOnce() throws Exception {
        // Twenty customers (one may file only a few a day), all at once.
        List<io.pitstop.support.TestAccounts.Login> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            customers.add(io.pitstop.support.TestAccounts.customer());
        }
        var pool = Executors.newFixedThreadPool(10);
        List<CompletableFuture<String>> filings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            filings.add(CompletableFuture.supplyAsync(() -> file(customers.get(n), Map.of("content", "并发投诉 " + n, "category", "PROCESS"))
                    .statusCode(201).extract().<String>path("number"), pool));
        }
        List<String> numbers = filings.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
        // Consecutive within the day: no number lost.
        List<Integer> seq = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(seq.get(seq.size() - 1) - seq.get(0)).isEqualTo(19);
    }

    @Test
    void eachCategoryGoesToItsTeamWithANamedOwner() {
        var lead = repairs.lead();
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var otherAdvisor = accounts.staff(Role.ADVISOR);
        var c = repairs.customer();
        String order = repairs.delivered(c);
        file(c.login(), Map.of("content", "态度差", "category", "ATTITUDE")).statusCode(201)
                .body("team", equalTo("CUSTOMER_RELATIONS")).body("owner.id", notNullValue()).body("priority", equalTo("MEDIUM"));
        // Late delivery is the order advisor's promise, but the complaint is about them: another advisor or a manager owns it.
        file(c.login(), Map.of("content", "交车晚了两小时", "category", "DELIVERY_TIME", "orderId", order)).statusCode(201)
                .body("team", equalTo("ORDER_ADVISOR")).body("subject.id", equalTo(repairs.advisor().id()))
                .body("owner.id", org.hamcrest.Matchers.not(equalTo(repairs.advisor().id())))
                .body("steps[0].facts.routing", equalTo("AWAY_FROM_SUBJECT"));
        assertThat(otherAdvisor).isNotNull();
        file(c.login(), Map.of("content", "还在漏油", "category", "TECHNICAL")).statusCode(201)
                .body("team", equalTo("TECHNICAL_SUPPORT")).body("priority", equalTo("MEDIUM"));
        file(c.login(), Map.of("content", "流程繁琐", "category", "PROCESS")).statusCode(201).body("priority", equalTo("LOW"));
        // Staff file a phone complaint for a customer named by phone, and may set the priority.
        file(cs, Map.of("content", "电话投诉：价格不透明", "category", "PRICE", "channel", "PHONE", "customerPhone", c.login().phone(),
                "priority", "HIGH")).statusCode(201)
                .body("channel", equalTo("PHONE")).body("priority", equalTo("HIGH")).body("suggestedPriority", equalTo("MEDIUM"))
                .body("customer.id", equalTo(c.login().id()));
        file(cs, Map.of("content", "x", "category", "PRICE")).statusCode(400).body("errors[0].field", equalTo("customerPhone"));
        assertThat(lead).isNotNull();
    }

    @Test
    void anAttitudeComplaintAboutAnAdvisorIsOwnedBySomeoneElseWhoCannotHandItBackToThem() {
        var manager = accounts.staff(Role.MANAGER);
        var x = repairs.advisor();
        var c = repairs.customer();
        String order = repairs.delivered(c);
        JsonPath filed = file(c.login(), Map.of("content", "服务顾问态度很差", "category", "ATTITUDE", "orderId", order)).statusCode(201)
                .body("subject.id", equalTo(x.id()))
                .body("owner.id", org.hamcrest.Matchers.not(equalTo(x.id())))
                .body("steps[0].action", equalTo("FILED"))
                .body("steps[0].note", nullValue())
                .body("steps[0].facts.channel", equalTo("APP"))
                .body("steps[0].facts.team", equalTo("CUSTOMER_RELATIONS"))
                .body("steps[0].facts.person", notNullValue())
                .extract().jsonPath();
        String id = filed.getString("id");
        assertThat(filed.getString("steps[0].facts.subject")).isNotBlank();
        // Not to the person it is about, and nothing changed.
        given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON).body(Map.of("action", "REASSIGN", "ownerId", x.id()))
                .post("/api/v1/complaints/" + id + "/steps").then().statusCode(400).body("errors[0].field", equalTo("ownerId"));
        given().auth().oauth2(manager.accessToken()).get("/api/v1/complaints/" + id).then()
                .body("owner.id", equalTo(filed.getString("owner.id"))).body("steps.size()", equalTo(1));
        // The subject cannot handle it either, and sees no actions on it.
        step(x, id, Map.of("action", "ACKNOWLEDGE")).statusCode(403);
        given().auth().oauth2(x.accessToken()).get("/api/v1/complaints/" + id).then().statusCode(200).body("nextActions", equalTo(List.of()));
        // Reassigned to someone else, the step names them in its facts, and reads without codes in its note.
        var other = accounts.staff(Role.ADVISOR);
        step(manager, id, Map.of("action", "REASSIGN", "ownerId", other.id(), "note", "换人跟进")).statusCode(200)
                .body("owner.id", equalTo(other.id()))
                .body("steps.find { it.action == 'REASSIGN' }.note", equalTo("换人跟进"))
                .body("steps.find { it.action == 'REASSIGN' }.facts.routing", equalTo("REASSIGNED"));
        // Staff may name the person it is about: an agent complained about never owns it.
        var agent = accounts.staff(Role.CUSTOMER_SERVICE);
        for (int i = 0; i < 3; i++) {
            file(agent, Map.of("content", "客服态度差", "category", "ATTITUDE", "channel", "PHONE", "customerPhone", c.login().phone(),
                    "subjectId", agent.id())).statusCode(201)
                    .body("subject.id", equalTo(agent.id())).body("owner.id", org.hamcrest.Matchers.not(equalTo(agent.id())));
        }
        file(c.login(), Map.of("content", "x", "category", "ATTITUDE", "subjectId", agent.id())).statusCode(400)
                .body("errors[0].field", equalTo("subjectId"));
        file(agent, Map.of("content", "x", "category", "ATTITUDE", "customerPhone", c.login().phone(), "subjectId", c.login().id()))
                .statusCode(400).body("errors[0].field", equalTo("subjectId"));
    }

    @Test
    void aSecondComplaintOnAnOrderWithAnOpenOneJoinsIt() {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var c = repairs.customer();
        String order = repairs.delivered(c);
        JsonPath first = file(c.login(), Map.of("content", "刹车还在响", "category", "TECHNICAL", "orderId", order, "tags", List.of("刹车")))
                .statusCode(201).extract().jsonPath();
        String id = first.getString("id");
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("content", "而且等了很久没人回复", "category", "ATTITUDE", "orderId", order, "tags", List.of("等待")))
                .post("/api/v1/complaints").then().statusCode(200)
                .header("Content-Location", containsString("/api/v1/complaints/" + id))
                .body("id", equalTo(id))
                .body("number", equalTo(first.getString("number")))
                .body("category", equalTo("TECHNICAL"))
                .body("tags", equalTo(List.of("刹车", "等待")))
                .body("steps.find { it.action == 'CUSTOMER_ADDED' }.note", equalTo("而且等了很久没人回复"))
                .body("steps.find { it.action == 'CUSTOMER_ADDED' }.facts.channel", equalTo("APP"));
        // Staff recording a call about the same order join it too.
        file(cs, Map.of("content", "电话里又说了一遍", "category", "PRICE", "orderId", order, "channel", "PHONE", "customerPhone", c.login().phone()))
                .statusCode(200).body("id", equalTo(id));
        List<String> mine = given().auth().oauth2(c.login().accessToken()).get("/api/v1/complaints").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(mine).containsExactly(id);
        // The owner heard of each addition.
        String owner = given().auth().oauth2(cs.accessToken()).get("/api/v1/complaints/" + id).then().extract().path("owner.id");
        assertThat(io.pitstop.support.Db.query("select kind from notification where recipient_id = ? and complaint_id = ? and kind = 'COMPLAINT_ADDED'",
                java.util.UUID.fromString(owner), java.util.UUID.fromString(id))).hasSize(2);
        // Another customer does not see it.
        given().auth().oauth2(repairs.customer().login().accessToken()).get("/api/v1/complaints/" + id).then().statusCode(404);
        // Once closed, a new complaint on the order is a new case.
        step(cs, id, Map.of("action", "ACKNOWLEDGE")).statusCode(200);
        step(cs, id, Map.of("action", "INVESTIGATE")).statusCode(200);
        step(cs, id, Map.of("action", "PROPOSE_REMEDY", "remedy", Map.of("kind", "APOLOGY", "detail", "致歉", "ownerId", cs.id(),
                "deadline", OffsetDateTime.now().plusDays(1).toString()))).statusCode(200)
                .body("steps.find { it.action == 'PROPOSE_REMEDY' }.facts.remedyKind", equalTo("APOLOGY"));
        step(cs, id, Map.of("action", "INFORM_CUSTOMER")).statusCode(200);
        given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(Map.of("accepted", true, "satisfaction", 5))
                .post("/api/v1/complaints/" + id + "/confirmation").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("steps.find { it.action == 'CONFIRMED' }.facts.satisfaction", equalTo(5));
        file(c.login(), Map.of("content", "又坏了", "category", "TECHNICAL", "orderId", order)).statusCode(201)
                .body("id", org.hamcrest.Matchers.not(equalTo(id)));
    }

    @Test
    void anAdvisorsOwnListHoldsTheComplaintsTheyOwnAndNotThoseAboutThem() {
        var x = repairs.advisor();
        var y = accounts.staff(Role.ADVISOR);
        var manager = accounts.staff(Role.MANAGER);
        var c = repairs.customer();
        String order = repairs.delivered(c);
        String id = file(c.login(), Map.of("content", "交车晚了", "category", "DELIVERY_TIME", "orderId", order)).statusCode(201).extract().path("id");
        step(manager, id, Map.of("action", "REASSIGN", "ownerId", y.id())).statusCode(200);
        List<String> ys = given().auth().oauth2(y.accessToken()).queryParam("mine", true).get("/api/v1/complaints").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(ys).containsExactly(id);
        given().auth().oauth2(y.accessToken()).queryParam("mine", true).get("/api/v1/complaints").then()
                .body("[0].subjectName", notNullValue()).body("[0].ownerName", notNullValue());
        List<String> xs = given().auth().oauth2(x.accessToken()).queryParam("mine", true).get("/api/v1/complaints").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(xs).doesNotContain(id);
        // A customer's list is only ever their own, whatever they ask.
        List<String> strangers = given().auth().oauth2(repairs.customer().login().accessToken()).queryParam("mine", true)
                .get("/api/v1/complaints").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(strangers).doesNotContain(id);
    }

    @Test
    void aReopenedComplaintIsWatchedAgainAndFiresItsDeadlineAlarmOnce() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var c = repairs.customer();
        String id = file(c.login(), Map.of("content", "态度差", "category", "PROCESS")).statusCode(201).extract().path("id");
        step(cs, id, Map.of("action", "ACKNOWLEDGE")).statusCode(200);
        step(cs, id, Map.of("action", "INVESTIGATE")).statusCode(200);
        clock.advance(Duration.ofHours(49)); // the resolution is missed: warned and alerted once each
        run();
        assertThat(notices(manager, id)).containsExactlyInAnyOrder("COMPLAINT_RESOLVE_WARNING", "COMPLAINT_RESOLVE_MISSED");
        step(cs, id, Map.of("action", "PROPOSE_REMEDY", "remedy", Map.of("kind", "APOLOGY", "detail", "致歉", "ownerId", cs.id(),
                "deadline", OffsetDateTime.now().plusDays(10).toString()))).statusCode(200);
        step(cs, id, Map.of("action", "INFORM_CUSTOMER")).statusCode(200);
        clock.advance(Duration.ofHours(2));
        JsonPath reopened = given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON).body(Map.of("accepted", false))
                .post("/api/v1/complaints/" + id + "/confirmation").then().statusCode(200).body("status", equalTo("REOPENED"))
                .extract().jsonPath();
        // The shop owes a resolution again within the full 48 hours from the reopening.
        OffsetDateTime due = OffsetDateTime.parse(reopened.getString("clock.resolve.dueAt"));
        assertThat(reopened.getLong("clock.resolve.remainingMinutes")).isBetween(48 * 60L - 1, 48 * 60L);
        clock.advance(Duration.ofHours(30));
        run();
        run();
        assertThat(notices(manager, id)).containsExactlyInAnyOrder("COMPLAINT_RESOLVE_WARNING", "COMPLAINT_RESOLVE_MISSED");
        clock.advance(Duration.ofHours(7)); // 37 h after reopening: past 75 % of 48 h
        run();
        run();
        assertThat(notices(manager, id)).containsExactlyInAnyOrder("COMPLAINT_RESOLVE_WARNING", "COMPLAINT_RESOLVE_MISSED",
                "COMPLAINT_RESOLVE_WARNING");
        clock.advance(Duration.ofHours(12)); // 49 h after reopening: missed again
        run();
        run();
        assertThat(notices(manager, id)).containsExactlyInAnyOrder("COMPLAINT_RESOLVE_WARNING", "COMPLAINT_RESOLVE_MISSED",
                "COMPLAINT_RESOLVE_WARNING", "COMPLAINT_RESOLVE_MISSED");
        String dueNow = given().auth().oauth2(manager.accessToken()).get("/api/v1/complaints/" + id).then()
                .body("steps.findAll { it.action == 'ESCALATED' }.size()", equalTo(4))
                .body("steps.findAll { it.action == 'ESCALATED' }.facts.alarm", equalTo(List.of("COMPLAINT_RESOLVE_WARNING",
                        "COMPLAINT_RESOLVE_MISSED", "COMPLAINT_RESOLVE_WARNING", "COMPLAINT_RESOLVE_MISSED")))
                .body("steps.findAll { it.action == 'ESCALATED' }.note", equalTo(java.util.Arrays.asList(null, null, null, null)))
                .extract().path("clock.resolve.dueAt");
        assertThat(Duration.between(due, OffsetDateTime.parse(dueNow)).abs()).isLessThan(Duration.ofMillis(1));
    }

    @Test
    void anotherOwnersComplaintDoesNotExistForThem() {
        var owner = repairs.customer();
        var stranger = repairs.customer();
        String id = file(owner.login(), Map.of("content", "态度差", "category", "ATTITUDE")).statusCode(201).extract().path("id");
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/complaints/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).contentType(ContentType.JSON).body(Map.of("accepted", true))
                .post("/api/v1/complaints/" + id + "/confirmation").then().statusCode(404);
        given().auth().oauth2(stranger.login().accessToken()).get("/api/v1/complaints").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        String otherOrder = repairs.delivered(repairs.customer());
        file(stranger.login(), Map.of("content", "x", "category", "TECHNICAL", "orderId", otherOrder)).statusCode(400)
                .body("errors[0].field", equalTo("orderId"));
        step(repairs.technician(), id, Map.of("action", "ACKNOWLEDGE")).statusCode(403);
    }

    @Test
    void waitingForTheCustomerPausesTheClockAndMovesTheDeadlines() {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        var c = repairs.customer();
        JsonPath filed = file(c.login(), Map.of("content", "态度差", "category", "ATTITUDE")).statusCode(201).extract().jsonPath();
        String id = filed.getString("id");
        OffsetDateTime answerDue = OffsetDateTime.parse(filed.getString("clock.answer.dueAt"));
        clock.advance(Duration.ofHours(2));
        step(cs, id, Map.of("action", "WAIT_FOR_CUSTOMER", "note", "客户出差，约定周五再谈")).statusCode(200)
                .body("clock.answer.paused", equalTo(true));
        clock.advance(Duration.ofHours(30));
        given().auth().oauth2(cs.accessToken()).get("/api/v1/complaints/" + id).then()
                .body("clock.answer.met", nullValue())
                .body("clock.answer.remainingMinutes", org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(22 * 60 - 1)).and(org.hamcrest.Matchers.lessThanOrEqualTo(22 * 60)));
        JsonPath resumed = step(cs, id, Map.of("action", "RESUME")).statusCode(200).extract().jsonPath();
        assertThat(Duration.between(answerDue.plusHours(30), OffsetDateTime.parse(resumed.getString("clock.answer.dueAt"))).abs())
                .isLessThan(Duration.ofMillis(1));
        step(cs, id, Map.of("action", "ACKNOWLEDGE")).statusCode(200).body("clock.answer.met", equalTo(true));
    }

    @Test
    void theManagerIsWarnedBeforeAndAlertedAtEachDeadlineOnceEach() throws Throwable {
        var manager = accounts.staff(Role.MANAGER);
        var c = repairs.customer();
        String id = file(c.login(), Map.of("content", "态度差", "category", "ATTITUDE")).statusCode(201).extract().path("id");
        clock.advance(Duration.ofHours(17));
        run();
        assertThat(notices(manager, id)).isEmpty();
        clock.advance(Duration.ofHours(2)); // 19 h: past 75 % of 24 h
        run();
        run();
        assertThat(notices(manager, id)).containsExactly("COMPLAINT_ANSWER_WARNING");
        clock.advance(Duration.ofHours(6)); // 25 h: answer missed
        run();
        run();
        assertThat(notices(manager, id)).containsExactlyInAnyOrder("COMPLAINT_ANSWER_WARNING", "COMPLAINT_ANSWER_MISSED");
        clock.advance(Duration.ofHours(12)); // 37 h: past 75 % of 48 h
        run();
        clock.advance(Duration.ofHours(12)); // 49 h: resolution missed
        run();
        run();
        assertThat(notices(manager, id)).containsExactlyInAnyOrder("COMPLAINT_ANSWER_WARNING", "COMPLAINT_ANSWER_MISSED",
                "COMPLAINT_RESOLVE_WARNING", "COMPLAINT_RESOLVE_MISSED");
        given().auth().oauth2(manager.accessToken()).get("/api/v1/complaints/" + id).then()
                .body("steps.findAll { it.action == 'ESCALATED' }.size()", equalTo(4))
                .body("clock.answer.met", equalTo(false));
    }

    @Test
    void theAnalysisMatchesHandComputedFigures() {
        var manager = accounts.staff(Role.MANAGER);
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        // A day of its own, far ahead, so that only these complaints fall into it.
        clock.advance(Duration.ofDays(800));
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(800).toString();
        var c = repairs.customer();
        List<String> ids = new ArrayList<>();
        ids.add(file(c.login(), Map.of("content", "a", "category", "ATTITUDE", "tags", List.of("态度", "等待"))).statusCode(201).extract().path("id"));
        ids.add(file(c.login(), Map.of("content", "b", "category", "ATTITUDE", "tags", List.of("态度"))).statusCode(201).extract().path("id"));
        ids.add(file(c.login(), Map.of("content", "c", "category", "PRICE")).statusCode(201).extract().path("id"));
        ids.add(file(cs, Map.of("content", "d", "category", "PROCESS", "channel", "WECHAT", "customerPhone", c.login().phone()))
                .statusCode(201).extract().path("id"));
        // Answers after 1 h, 3 h and 30 h (late); the fourth is never answered.
        clock.advance(Duration.ofHours(1));
        step(cs, ids.get(0), Map.of("action", "ACKNOWLEDGE")).statusCode(200);
        clock.advance(Duration.ofHours(2));
        step(cs, ids.get(1), Map.of("action", "ACKNOWLEDGE")).statusCode(200);
        clock.advance(Duration.ofHours(27));
        step(cs, ids.get(2), Map.of("action", "ACKNOWLEDGE")).statusCode(200);

        JsonPath stats = given().auth().oauth2(manager.accessToken()).queryParam("from", day).queryParam("to", day)
                .get("/api/v1/complaints/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getLong("total")).isEqualTo(4);
        assertThat(stats.getMap("byCategory")).containsEntry("ATTITUDE", 2).containsEntry("PRICE", 1).containsEntry("PROCESS", 1);
        assertThat(stats.getMap("byChannel")).containsEntry("APP", 3).containsEntry("WECHAT", 1);
        assertThat(stats.getLong("answer.count")).isEqualTo(3);
        assertThat(stats.getDouble("answer.medianMinutes")).isEqualTo(180.0);
        // 90th percentile of 60, 180, 1800 (linear interpolation): 180 + 0.8 * (1800 - 180) = 1476
        assertThat(stats.getDouble("answer.p90Minutes")).isEqualTo(1476.0);
        // Due: the three answered and the fourth, past its 24 h unanswered; within: two.
        assertThat(stats.getLong("answer.due")).isEqualTo(4);
        assertThat(stats.getLong("answer.withinDeadline")).isEqualTo(2);
        assertThat(stats.getDouble("answer.share")).isEqualTo(0.5);
        assertThat(stats.getList("topTags.tag")).containsExactly("态度", "等待");
        String csv = given().auth().oauth2(manager.accessToken()).queryParam("from", day).queryParam("to", day)
                .get("/api/v1/complaints/export").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().count()).isEqualTo(5);
        // In the reader's language: headers and values, with the byte order mark.
        assertThat(csv).startsWith("\uFEFF投诉编号,提交时间,渠道,类别,优先级,负责团队,负责人,投诉对象,状态,");
        assertThat(csv).contains(",微信,流程不便,低,客户关系,").doesNotContain("WECHAT").doesNotContain("true");
        String en = given().auth().oauth2(manager.accessToken()).header("Accept-Language", "en").queryParam("from", day).queryParam("to", day)
                .get("/api/v1/complaints/export").then().statusCode(200).header("Content-Language", "en").extract().asString();
        assertThat(en).startsWith("\uFEFFNumber,Filed at,Channel,Category,Priority,Team,Owner,About,Status,");
        assertThat(en).contains(",WeChat,Process,Low,Customer relations,").contains(",Attitude,Medium,").contains(",yes,").contains(",no,")
                .doesNotContain("ATTITUDE");
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/complaints/stats").then().statusCode(403);
    }

    @Test
    void theCustomerIsToldTheNumberAndTheAnswerLimitBySmsInTheLanguageTheyUse() {
        var chinese = TestAccounts.customer();
        var english = TestAccounts.customer();
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("phone", english.phone(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200);
        String zh = file(chinese, Map.of("content", "态度差", "category", "ATTITUDE")).statusCode(201).extract().path("number");
        String en = file(english, Map.of("content", "rude at the desk", "category", "ATTITUDE")).statusCode(201).extract().path("number");
        assertThat(smsText(chinese.phone(), "COMPLAINT_FILED")).isEqualTo("您的投诉已受理，编号 " + zh + "。我们将在 24 小时内答复您。");
        assertThat(smsText(english.phone(), "COMPLAINT_FILED"))
                .isEqualTo("We have your complaint, number " + en + ". We will answer you within 24 hours.");
    }

    @Test
    void anIllegalStepIsExplainedInTheLanguageAskedFor() {
        var cs = accounts.staff(Role.CUSTOMER_SERVICE);
        String id = file(repairs.customer().login(), Map.of("content", "态度差", "category", "ATTITUDE")).statusCode(201).extract().path("id");
        given().auth().oauth2(cs.accessToken()).contentType(ContentType.JSON).body(Map.of("action", "INFORM_CUSTOMER"))
                .post("/api/v1/complaints/" + id + "/steps").then().statusCode(409)
                .body("type", containsString("illegal-step")).body("detail", equalTo("投诉当前为“待受理”，不能“告知客户”。"));
        given().auth().oauth2(cs.accessToken()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("action", "INFORM_CUSTOMER"))
                .post("/api/v1/complaints/" + id + "/steps").then().statusCode(409)
                .body("detail", equalTo("Cannot inform the customer of a complaint that is new."));
    }

    /** The text of the newest SMS of that kind queued for the phone. */
    private static String smsText(String phone, String kind) {
        List<Map<String, Object>> rows = io.pitstop.support.Db.query(
                "select payload from outbox_message where address = ? and kind = ? order by created_at desc", phone, kind);
        assertThat(rows).isNotEmpty();
        return new io.vertx.core.json.JsonObject((String) rows.get(0).get("payload")).getString("text");
    }

    /**
     * The person's deadline alarms about the complaint, from the table: the inbox shows the newest 100, and every
     * manager hears of every complaint whose deadline passes while the clock is moved.
     */
    private static List<String> notices(TestAccounts.Login who, String complaintId) {
        return io.pitstop.support.Db.query("select kind from notification where recipient_id = ? and complaint_id = ? "
                        + "and kind in ('COMPLAINT_ANSWER_WARNING', 'COMPLAINT_ANSWER_MISSED', 'COMPLAINT_RESOLVE_WARNING', 'COMPLAINT_RESOLVE_MISSED') "
                        + "order by created_at",
                java.util.UUID.fromString(who.id()), java.util.UUID.fromString(complaintId)).stream()
                .map(row -> (String) row.get("kind")).toList();
    }

    private void run() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> jobs.escalate());
    }
}

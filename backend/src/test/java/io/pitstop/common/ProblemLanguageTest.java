package io.pitstop.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every problem speaks the language the request asked for (Accept-Language), Chinese when it asked for none we speak:
 * Bean Validation's messages, Pitstop's own constraints and the framework-level answers alike. The {@code type} stays
 * the same code in every language.
 */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void validationMessagesFollowTheRequestsLanguage() {
        Map<String, String> blank = Map.of("phone", "13900000001", "password", "");
        request(null).body(blank).post("/api/v1/auth/login").then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "validation"))
                .body("errors.message", hasItem("不能为空"));
        request("en-GB,en;q=0.8").body(blank).post("/api/v1/auth/login").then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "validation"))
                .body("errors.message", hasItem("must not be blank"));
    }

    @Test
    void pitstopsOwnConstraintsAreSaidInBothLanguages() {
        Map<String, String> badPhone = Map.of("phone", "12345", "password", "whatever1");
        request("zh-CN").body(badPhone).post("/api/v1/auth/login").then().statusCode(400)
                .body("errors.message", hasItem("须为中国大陆手机号（11 位，以 13-19 开头）或 E.164 格式的号码（+ 和国家代码）"));
        request("en").body(badPhone).post("/api/v1/auth/login").then().statusCode(400)
                .body("errors.message", hasItem("must be a mainland China mobile number (11 digits, starting 13-19) or an E.164 number (+ and country code)"));
    }

    @Test
    void frameworkAnswersFollowTheRequestsLanguageToo() {
        given().get("/api/v1/no-such-thing").then().statusCode(404).body("detail", equalTo("此路径下没有资源。"));
        given().header("Accept-Language", "en").get("/api/v1/no-such-thing").then().statusCode(404)
                .body("detail", equalTo("No resource at this path."));
        request(null).body("{\"phone\": \"1\", \"phone\": \"2\", \"password\": \"x\"}").post("/api/v1/auth/login").then()
                .statusCode(400).body("errors[0].message", equalTo("出现了不止一次"));
    }

    private static RequestSpecification request(String language) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        return language == null ? r : r.header("Accept-Language", language);
    }
}

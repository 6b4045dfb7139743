package io.pitstop.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** How the SPA travels: compressed when the browser accepts it, hashed assets kept for a year, index.html revalidated. */
@QuarkusTest
class SpaDeliveryTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+-[\\w-]{8}\\.js)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"(/assets/[^\"]+-[\\w-]{8}\\.css)\"");

    /** The entry script and style index.html names (the build gives them a content hash). */
    private static String asset(Pattern pattern) {
        String index = given().get("/").then().statusCode(200).extract().asString();
        Matcher matcher = pattern.matcher(index);
        assertThat(matcher.find()).as("index.html names a hashed asset matching %s:%n%s", pattern, index).isTrue();
        return matcher.group(1);
    }

    /** Sends Accept-Encoding: gzip and keeps the body as it travelled (no decoding by the client). */
    private static Response rawGet(String path, String acceptEncoding) {
        return given()
                .config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding)
                .get(path);
    }

    @Test
    void scriptsAndStylesTravelCompressed() {
        for (String path : new String[] {asset(SCRIPT), asset(STYLE)}) {
            Response plain = rawGet(path, "identity");
            Response gzip = rawGet(path, "gzip");
            assertThat(gzip.statusCode()).isEqualTo(200);
            assertThat(gzip.header("Content-Encoding")).as(path).isEqualTo("gzip");
            assertThat(gzip.header("Vary")).as(path).containsIgnoringCase("accept-encoding");
            assertThat(plain.header("Content-Encoding")).as(path).isNotEqualTo("gzip");
            assertThat(gzip.asByteArray().length).as(path).isLessThan(plain.asByteArray().length / 2);
        }
    }

    @Test
    void indexHtmlTravelsCompressed() {
        Response gzip = rawGet("/", "gzip");
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void hashedAssetsAreCachedForAYearAndNeverRevalidated() {
        for (String path : new String[] {asset(SCRIPT), asset(STYLE)}) {
            assertThat(given().get(path).then().statusCode(200).extract().header("Cache-Control"))
                    .as(path).isEqualTo("public, max-age=31536000, immutable");
        }
    }

    @Test
    void indexHtmlAndAppRoutesAreRevalidatedOnEveryVisit() {
        for (String path : new String[] {"/", "/index.html", "/login", "/repairs/42"}) {
            String cacheControl = given().get(path).then().statusCode(200).extract().header("Cache-Control");
            assertThat(cacheControl).as(path).isEqualTo("no-cache");
        }
    }

    @Test
    void aMissingAssetIsNotRemembered() {
        String cacheControl = given().get("/assets/no-such-file-0123abcd.js").then().statusCode(404).extract().header("Cache-Control");
        assertThat(String.valueOf(cacheControl)).doesNotContain("immutable").doesNotContain("max-age=31536000");
    }

    @Test
    void apiAnswersKeepTheirOwnCaching() {
        assertThat(SpaCaching.policyFor("/api/v1/shop")).isNull();
        assertThat(SpaCaching.policyFor("/q/health")).isNull();
        assertThat(SpaCaching.policyFor("/assets/index-AbCd1234.js")).isEqualTo(SpaCaching.IMMUTABLE);
        assertThat(SpaCaching.policyFor("/shop")).isEqualTo(SpaCaching.REVALIDATE);
    }
}

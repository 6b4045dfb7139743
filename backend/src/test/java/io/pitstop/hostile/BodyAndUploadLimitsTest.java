package io.pitstop.hostile;

import io.pitstop.support.RepairFixtures;
import io.pitstop.support.SampleFiles;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Bodies and files: a JSON body over 512 KiB is a 413 problem (only uploads may reach 10 MiB); an upload is judged by
 * its whole structure, so a real signature before HTML, bytes after the end of an image, or a broken chunk is refused,
 * and nothing is stored; what is served says its type, forbids sniffing and names a safe file.
 */
@QuarkusTest
class BodyAndUploadLimitsTest {

    private static final byte[] HTML = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

    @Inject
    RepairFixtures repairs;

    @Test
    void aJsonBodyOverHalfAMebibyteIsA413ProblemAndStoresNothing() {
        var login = TestAccounts.customer();
        String content = "x".repeat(600 * 1024);
        given().auth().oauth2(login.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("category", "PROCESS", "content", content)).post("/api/v1/complaints").then()
                .statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("errors[0].field", equalTo("body"));
        // The form of the token endpoint is no upload either.
        given().contentType(ContentType.URLENC).body("grant_type=password&password=" + content).post("/api/v1/auth/token").then()
                .statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(login.accessToken()).get("/api/v1/complaints").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUploadLargerThanAJsonBodyIsStillAccepted() throws IOException {
        byte[] png = noisePng(600, 600);
        assertThat(png.length).isGreaterThan(600 * 1024);
        String id = repairs.checkIn(repairs.customer());
        given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "PROGRESS")
                .multiPart("file", "wide.png", png, "image/png")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201)
                .body("sizeBytes", equalTo(png.length));
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsSignatureClaimsIsRefusedAndNothingIsStored() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        byte[] pngHead = Arrays.copyOf(SampleFiles.PNG, 33); // signature and a complete IHDR chunk
        byte[] brokenCrc = SampleFiles.PNG.clone();
        brokenCrc[40] ^= 0x01;
        Map<String, byte[]> polyglots = new java.util.LinkedHashMap<>();
        polyglots.put("png-header-then-html.png", SampleFiles.concat(pngHead, HTML));
        polyglots.put("png-then-trailing-html.png", SampleFiles.concat(SampleFiles.PNG, HTML));
        polyglots.put("png-with-a-broken-crc.png", brokenCrc);
        polyglots.put("jpeg-header-then-html.jpg", SampleFiles.concat(Arrays.copyOf(SampleFiles.JPEG, 20), HTML));
        polyglots.put("pdf-header-then-html.pdf", SampleFiles.concat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), HTML));
        polyglots.put("heic-header-then-html.heic", SampleFiles.concat(Arrays.copyOf(SampleFiles.HEIC, 24), HTML));
        polyglots.forEach((name, bytes) -> given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "PROGRESS")
                .multiPart("file", name, bytes, "application/octet-stream")
                .post("/api/v1/repair-orders/" + id + "/attachments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")));
        given().auth().oauth2(repairs.advisor().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("attachments.size()", equalTo(0));

        // The whole files of each type pass, and come back with their type, nosniff and a safe name.
        for (Object[] f : List.of(new Object[]{"a.png", SampleFiles.PNG, "image/png", "inline"},
                new Object[]{"b.jpg", SampleFiles.JPEG, "image/jpeg", "inline"},
                new Object[]{"c.heic", SampleFiles.HEIC, "image/heic", "inline"},
                new Object[]{"d.html", SampleFiles.PDF, "application/pdf", "attachment"})) {
            String url = given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "DOCUMENT")
                    .multiPart("file", (String) f[0], (byte[]) f[1], "text/html")
                    .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201).extract().path("url");
            given().auth().oauth2(c.login().accessToken()).get(url).then().statusCode(200)
                    .contentType(equalTo(f[2]))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", containsString((String) f[3]))
                    .header("Content-Disposition", org.hamcrest.Matchers.not(containsString(".html")));
        }
    }

    @Test
    void aSignatureIsAWholePngAndNothingElse() {
        var c = repairs.customer();
        String id = repairs.ready(c);
        repairs.settle(id, List.of()).statusCode(200);
        String png = RepairFixtures.signaturePng();
        byte[] real = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
        for (byte[] bad : List.of(SampleFiles.concat(Arrays.copyOf(real, 33), HTML), SampleFiles.concat(real, HTML),
                Arrays.copyOf(real, real.length - 12))) {
            given().auth().oauth2(c.login().accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("signature", Base64.getEncoder().encodeToString(bad)))
                    .post("/api/v1/repair-orders/" + id + "/settlement/acknowledgement").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("signature"));
        }
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("settlement.acknowledgedAt", nullValue());
        repairs.sign(c.login(), id).statusCode(200);
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/settlement/signature").then()
                .statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("signature.png"));
    }

    private static byte[] noisePng(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

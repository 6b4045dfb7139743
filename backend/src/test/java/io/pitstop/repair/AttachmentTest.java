package io.pitstop.repair;

import io.pitstop.support.RepairFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AttachmentTest {

    static final byte[] JPEG = io.pitstop.support.SampleFiles.JPEG;
    static final byte[] HEIC = io.pitstop.support.SampleFiles.HEIC;
    static final byte[] PDF = io.pitstop.support.SampleFiles.PDF;
    static final byte[] PNG = io.pitstop.support.SampleFiles.PNG;
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    @Inject
    RepairFixtures repairs;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "pitstop.data-dir")
    String dataDir;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void aPhotoIsRecognisedByItsBytesStoredAndShownToTheOwnerAndTheTimeline() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        String url = given().auth().oauth2(repairs.advisor().accessToken())
                .multiPart("purpose", "CHECK_IN")
                .multiPart("file", "damage.bin", JPEG, "application/octet-stream")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("sizeBytes", equalTo(JPEG.length))
                .body("fileName", equalTo("damage.jpg"))
                .extract().path("url");
        byte[] back = given().auth().oauth2(c.login().accessToken()).get(url).then().statusCode(200)
                .contentType(containsString("image/jpeg")).extract().asByteArray();
        assertThat(Arrays.equals(back, JPEG)).isTrue();
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("attachments[0].purpose", equalTo("CHECK_IN"));
        given().auth().oauth2(c.login().accessToken()).get("/api/v1/repair-orders/" + id + "/timeline").then()
                .body("type", org.hamcrest.Matchers.hasItem("PHOTO_ADDED"));

        given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "PROGRESS")
                .multiPart("file", "IMG_0001.HEIC", HEIC, "image/heic")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201).body("contentType", equalTo("image/heic"));
        given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "DOCUMENT")
                .multiPart("file", "report.pdf", PDF, "application/pdf")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201).body("contentType", equalTo("application/pdf"));
    }

    @Test
    void aFileIsJudgedByItsContentNotItsNameAndABadUploadChangesNothing() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "CHECK_IN")
                .multiPart("file", "photo.jpg", EXE, "image/jpeg")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("file"));
        given().auth().oauth2(repairs.advisor().accessToken()).multiPart("file", "photo.jpg", JPEG, "image/jpeg")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(400)
                .body("errors[0].field", equalTo("purpose"));
        given().auth().oauth2(repairs.advisor().accessToken()).get("/api/v1/repair-orders/" + id).then()
                .body("attachments.size()", equalTo(0));
    }

    @Test
    void aTooLargeFileIsRefused() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "PROGRESS")
                .multiPart("file", "big.jpg", big, "image/jpeg")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void anotherCustomerCannotFetchTheOrdersFilesAndCustomersCannotUpload() {
        var owner = repairs.customer();
        var stranger = repairs.customer();
        String id = repairs.checkIn(owner);
        String url = given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "CHECK_IN")
                .multiPart("file", "a.jpg", JPEG, "image/jpeg")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201).extract().path("url");
        given().auth().oauth2(stranger.login().accessToken()).get(url).then().statusCode(404);
        given().auth().oauth2(owner.login().accessToken()).multiPart("purpose", "CHECK_IN")
                .multiPart("file", "a.jpg", JPEG, "image/jpeg")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(403);
        // A progress update may show a photo only of its own order.
        var other = repairs.customer();
        String otherOrder = repairs.inRepair(other, 60);
        String photoId = url.substring(url.lastIndexOf('/') + 1);
        given().auth().oauth2(repairs.advisor().accessToken()).contentType(ContentType.JSON)
                .body(Map.of("message", "看这张照片", "photoId", photoId))
                .post("/api/v1/repair-orders/" + otherOrder + "/updates").then().statusCode(400)
                .body("errors[0].field", equalTo("photoId"));
    }

    @Test
    void uploadsWorkWithTheRelativeDataDirectoryOfTheDefaultStart() {
        // The README's run command keeps PITSTOP_DATA_DIR=./data: relative, with "./". The test profile does the same.
        assertThat(dataDir).startsWith("./");
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        String attachmentId = given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "PROGRESS")
                .multiPart("file", "a.png", PNG, "image/png")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201).extract().path("id");
        java.nio.file.Path root = java.nio.file.Path.of(dataDir, "blobs").toAbsolutePath().normalize();
        try (var files = java.nio.file.Files.walk(root)) {
            assertThat(files.map(java.nio.file.Path::toString)).anyMatch(f -> f.endsWith(attachmentId + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyAVerifiedImageIsShownInPlaceAndNoDownloadCarriesADangerousExtension() {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        String photo = given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "CHECK_IN")
                .multiPart("file", "evil.html", JPEG, "text/html")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201)
                .body("fileName", equalTo("evil.jpg")).extract().path("url");
        given().auth().oauth2(c.login().accessToken()).get(photo).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("inline"))
                .header("Content-Disposition", containsString("evil.jpg"))
                .header("X-Content-Type-Options", "nosniff");
        String document = given().auth().oauth2(repairs.advisor().accessToken()).multiPart("purpose", "DOCUMENT")
                .multiPart("file", "../../invoice.pdf.exe", PDF, "application/x-msdownload")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(201)
                .body("fileName", equalTo("invoice.pdf")).extract().path("url");
        given().auth().oauth2(c.login().accessToken()).get(document).then().statusCode(200)
                .contentType(containsString("application/pdf"))
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .header("Content-Disposition", containsString("invoice.pdf"));
    }

    @Test
    void aCutOffMultipartBodyIsA400AndAnOversizedOneA413ProblemAndNeitherStoresAnything() throws Exception {
        var c = repairs.customer();
        String id = repairs.checkIn(c);
        String token = repairs.advisor().accessToken();
        // The body announces more than it sends, and its last part never closes.
        String head = "--XX\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nPROGRESS\r\n"
                + "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n";
        byte[] body = (head + "\u0089PNG\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String answer = rawRequest("POST /api/v1/repair-orders/" + id + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: multipart/form-data; boundary=XX\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"field\":\"body\"");

        byte[] huge = new byte[12 * 1024 * 1024];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        given().auth().oauth2(token).multiPart("purpose", "PROGRESS").multiPart("file", "huge.png", huge, "image/png")
                .post("/api/v1/repair-orders/" + id + "/attachments").then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(413));
        given().auth().oauth2(token).get("/api/v1/repair-orders/" + id).then().body("attachments.size()", equalTo(0));
    }

    private String rawRequest(String head, byte[] body) throws java.io.IOException {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

package io.pitstop.bench;

import io.pitstop.support.BookingFixtures;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the scenarios need, made through the HTTP API only (so the benchmark follows the application's changes):
 * extra bays, registered customers with their cars, cars checked in as repair orders.
 */
final class BenchSetup {

    record Customer(String token, List<String> vehicles) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final BenchApp app;
    private final String runTag = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
    private int phones;

    BenchSetup(BenchApp app) {
        this.app = app;
    }

    String login(String phone) throws Exception {
        return call("POST", "/api/v1/auth/login", null, new JsonObject().put("phone", phone).put("password", "demo1234"), 200)
                .getString("accessToken");
    }

    void addBays(String managerToken, int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            call("POST", "/api/v1/shop/bays", managerToken, new JsonObject().put("code", "BENCH-" + runTag + "-" + i)
                    .put("name", "压测工位 " + i).put("skills", new JsonArray().add("GENERAL_SERVICE")), 201);
        }
    }

    /** A new car owner, registered with the code the application "sent" (read from its SMS log), with cars of their own. */
    Customer customer(int vehicles) throws Exception {
        String phone = "139" + runTag + String.format("%04d", ++phones);
        call("POST", "/api/v1/auth/phone-codes", null, new JsonObject().put("phone", phone).put("purpose", "REGISTER"), 202);
        String code = null;
        for (int i = 0; i < 100 && code == null; i++) {
            code = lastCode(phone);
            if (code == null) {
                Thread.sleep(50); // the code is written by the outbox, asynchronously
            }
        }
        if (code == null) {
            throw new IllegalStateException("No registration code for " + phone + " in " + app.smsLog);
        }
        String token = call("POST", "/api/v1/auth/register", null, new JsonObject().put("phone", phone).put("name", "压测车主")
                .put("password", "Bench-pass-1").put("code", code), 201).getString("accessToken");
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            ids.add(vehicle(token));
        }
        return new Customer(token, ids);
    }

    String vehicle(String customerToken) throws Exception {
        return call("POST", "/api/v1/me/vehicles", customerToken, new JsonObject().put("plate", BookingFixtures.plate())
                .put("vin", BookingFixtures.vin()).put("make", "大众").put("model", "朗逸").put("year", 2021).put("mileageKm", 42000), 201)
                .getString("id");
    }

    /** The car checked in by an advisor: an open repair order with a stream its owner may follow. */
    String checkIn(String advisorToken, String vehicle) throws Exception {
        return call("POST", "/api/v1/repair-orders", advisorToken, new JsonObject().put("vehicleId", vehicle).put("mileageKm", 42100)
                .put("fuelLevel", "HALF").put("symptoms", "保养").put("faultReproduced", "YES"), 201).getString("id");
    }

    JsonObject call(String method, String path, String token, JsonObject body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isBlank() || !r.body().startsWith("{") ? new JsonObject() : new JsonObject(r.body());
    }

    JsonArray getArray(String path, String field) throws Exception {
        return call("GET", path, null, null, 200).getJsonArray(field);
    }

    /**
     * The code from the console line the log sender prints ("SMS to … [PHONE_CODE]: … 482913 …"), else from its
     * JSON-lines file: two messages sent at the same moment can overwrite each other's line in that file.
     */
    private String lastCode(String phone) throws Exception {
        java.util.regex.Matcher console = java.util.regex.Pattern.compile("SMS to " + phone + " \\[PHONE_CODE\\]: \\D*(\\d{6})")
                .matcher(Files.readString(app.log, StandardCharsets.UTF_8));
        String code = null;
        while (console.find()) {
            code = console.group(1);
        }
        if (code != null || !Files.exists(app.smsLog)) {
            return code;
        }
        List<String> lines = Files.readAllLines(app.smsLog, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                JsonObject m = new JsonObject(lines.get(i));
                if (phone.equals(m.getString("to")) && "PHONE_CODE".equals(m.getString("kind"))) {
                    return m.getJsonObject("params").getString("code");
                }
            }
        }
        return null;
    }
}

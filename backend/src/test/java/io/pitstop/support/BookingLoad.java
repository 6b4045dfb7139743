package io.pitstop.support;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Phone bookings by the advisor, as fast as an instance takes them, each answer kept: which were accepted (201, with
 * the id), refused as conflicts (409), deferred while the database was away (503), and anything else.
 */
public final class BookingLoad {

    /** One answer; status -1 when no answer came (the connection was refused or cut). */
    public record Outcome(String instance, int status, String contentType, String retryAfter, String body) {
        public String id() {
            return status == 201 ? new JsonObject(body).getString("id") : null;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;
    private final List<DemoStaffOverHttp.Car> cars;
    private final List<String> slots;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

    public BookingLoad(String advisorToken, List<DemoStaffOverHttp.Car> cars, List<String> slots) {
        this.token = advisorToken;
        this.cars = cars;
        this.slots = slots;
    }

    /** One booking of a random car at a random start, through the instance. */
    public void bookOnce(String name, PackagedApp on) {
        var car = cars.get(ThreadLocalRandom.current().nextInt(cars.size()));
        String start = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(on.base() + "/api/v1/appointments"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject(DemoStaffOverHttp.phoneBooking(car, start)).encode())).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            outcomes.add(new Outcome(name, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(null), r.body()));
        } catch (IOException e) {
            outcomes.add(new Outcome(name, -1, "", null, e.toString()));
            pause(); // the instance is gone or the connection broke: do not spin
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public List<String> accepted() {
        return outcomes.stream().filter(o -> o.status() == 201).map(Outcome::id).toList();
    }

    public long count(int status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /**
     * Answers a client must not see: any 5xx but a 503 problem with Retry-After, and any answer that names a Java
     * exception or SQL.
     */
    public List<Outcome> leaks() {
        return outcomes.stream().filter(o -> o.status() >= 500 && !(o.status() == 503 && o.contentType().startsWith("application/problem+json")
                        && o.retryAfter() != null)
                || o.status() > 0 && (o.body().contains("Exception") || o.body().contains("SQL") || o.body().contains("at io."))).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

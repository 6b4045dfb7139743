package io.pitstop.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The packaged application (target/quarkus-app) started as its own process, as an operator runs it: a configured
 * PostgreSQL, a signing key from a file, health on the management port, SMS written to a log file of its own.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(90);

    /**
     * The runtime profiles of an instance whose clock a test moves and whose jobs it runs ({@code /it/clock},
     * {@code /it/jobs}): production's, plus {@code it}, which only tests name.
     */
    public static final Map<String, String> IT_PROFILE = Map.of("QUARKUS_PROFILE", "prod,it");

    private final Process process;
    private final String base;
    private final String management;
    private final Path smsLog;
    private final Path log;

    private PackagedApp(Process process, String base, String management, Path smsLog, Path log) {
        this.process = process;
        this.base = base;
        this.management = management;
        this.smsLog = smsLog;
        this.log = log;
    }

    /** A fresh RSA signing key (PKCS#8 PEM) in the directory, shared by the instances of one test. */
    public static Path signingKey(Path work) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = work.resolve("jwt-private.pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        return key;
    }

    public static PackagedApp launch(String name, String db, Path key, Path work, Map<String, String> extra) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        Path jar = Path.of(System.getProperty("pitstop.app-jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", db);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("PITSTOP_JWT_PRIVATE_KEY_FILE", key.toString());
        env.put("PITSTOP_DATA_DIR", work.resolve(name).toString());
        env.put("PITSTOP_DEMO_SEED", "true");
        Path sms = work.resolve(name + "-sms.jsonl");
        env.put("PITSTOP_NOTIFY_LOG_FILE", sms.toString());
        env.putAll(extra);
        Path log = work.resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = pb.start();
        System.out.printf("[packaged] %s on port %d (management %d), log %s%n", name, port, managementPort, log);
        return new PackagedApp(process, "http://localhost:" + port, "http://localhost:" + managementPort, sms, log);
    }

    public String base() {
        return base;
    }

    public Path smsLog() {
        return smsLog;
    }

    private static final java.util.regex.Pattern REQUEST_ID = java.util.regex.Pattern.compile("\"requestId\":\"([^\"]+)\"");

    /**
     * What this instance logged about the requests whose answers are given (by the {@code requestId} of their
     * problem), each entry with its first lines of stack: a failed assertion then says why the server answered so.
     */
    public String logOf(List<BookingLoad.Outcome> answers) {
        List<String> lines;
        try {
            // Not readAllLines: a log of an instance killed mid-write may end in a cut multi-byte character, which it refuses.
            lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
        StringBuilder out = new StringBuilder();
        answers.stream().map(a -> REQUEST_ID.matcher(a.body())).filter(java.util.regex.Matcher::find).map(m -> m.group(1))
                .distinct().limit(3).forEach(id -> {
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains("[req:" + id + "]")) {
                            out.append('\n').append(lines.get(i));
                            for (int j = i + 1; j < lines.size() && j <= i + 12 && !lines.get(j).matches("^\\d{4}-.*"); j++) {
                                out.append('\n').append(lines.get(j));
                            }
                        }
                    }
                });
        return out.isEmpty() ? "(nothing logged for these requests in " + log + ")" : "logged by " + log + ":" + out;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook runs, open transactions and connections are cut where they stand. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Moves the instance's clock to the instant ({@code null}: back to real time); needs {@link #IT_PROFILE}. */
    public void setClock(java.time.Instant at) {
        var request = api();
        if (at != null) {
            request = request.queryParam("at", at.toString());
        }
        request.post("/it/clock").then().statusCode(200);
    }

    /** One pass of every scheduled job, now, on this instance; answers how many items each job took up. */
    public Map<String, Object> runJobs() {
        return api().post("/it/jobs").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    /** What the log sender of this instance "sent", one JSON object a message. */
    public List<JsonObject> sent() throws IOException {
        if (!Files.exists(smsLog)) {
            return List.of();
        }
        return Files.readAllLines(smsLog, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(JsonObject::new).toList();
    }

    /** How often each outbox message was sent (by its id), over the log senders of the instances. */
    public static Map<String, Long> sends(PackagedApp... apps) throws IOException {
        Map<String, Long> sends = new java.util.HashMap<>();
        for (PackagedApp app : apps) {
            app.sent().forEach(m -> sends.merge(m.getString("id"), 1L, Long::sum));
        }
        return sends;
    }

    /** An access token of a member of staff (or anyone with a password). */
    public String login(String phone, String password) {
        return api().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    public RequestSpecification api() {
        return RestAssured.given().baseUri(base);
    }

    /** Readiness on the management port: 200 when UP, 503 when a check (the database) is DOWN, -1 when unreachable. */
    public int readiness() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(management + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public PackagedApp awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (readiness() == 200) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError(base + " exited; see " + log);
            }
            Thread.sleep(250); // polling a process we do not control; nothing here is timed
        }
        throw new AssertionError(base + " did not become ready within " + WAIT.toSeconds() + " s; see " + log);
    }

    /** Registers a car owner with the code the instance "sent": the access token, the refresh token and the id. */
    public JsonPath register(String phone, String name, String password) throws IOException, InterruptedException {
        api().contentType(ContentType.JSON).body(Map.of("phone", phone, "purpose", "REGISTER"))
                .post("/api/v1/auth/phone-codes").then().statusCode(202);
        String code = null;
        for (int i = 0; i < 50 && code == null; i++) {
            code = lastCode(phone);
            if (code == null) {
                Thread.sleep(100);
            }
        }
        if (code == null) {
            throw new AssertionError("No code reached " + phone + " (" + smsLog + ")");
        }
        return api().contentType(ContentType.JSON).body(Map.of("phone", phone, "name", name, "password", password, "code", code))
                .post("/api/v1/auth/register").then().statusCode(201).extract().jsonPath();
    }

    private String lastCode(String phone) throws IOException {
        if (!Files.exists(smsLog)) {
            return null;
        }
        List<String> lines = Files.readAllLines(smsLog, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonObject m = new JsonObject(lines.get(i));
            if (phone.equals(m.getString("to")) && "PHONE_CODE".equals(m.getString("kind"))) {
                return m.getJsonObject("params").getString("code");
            }
        }
        return null;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.pitstop.bench;

import io.pitstop.support.PackagedApp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application (target/quarkus-app) as its own process, as an operator runs it: a configured database,
 * a signing key from a file, health on the management port. Knows its pid, so RSS is read from /proc, and how long it
 * took from launch to ready.
 */
final class BenchApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    final String base;
    final String management;
    final Path smsLog;
    final Path log;
    final double readySeconds;

    private BenchApp(Process process, String base, String management, Path smsLog, Path log, double readySeconds) {
        this.process = process;
        this.base = base;
        this.management = management;
        this.smsLog = smsLog;
        this.log = log;
        this.readySeconds = readySeconds;
    }

    /** Launches the jar and returns once /q/health/ready answers 200; the time is from launch to that answer. */
    static BenchApp start(String name, String db, Path key, Path work, String javaOpts, Map<String, String> extra) throws Exception {
        int port = PackagedApp.freePort();
        int managementPort = PackagedApp.freePort();
        Path jar = Path.of(System.getProperty("pitstop.app-jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged app at " + jar + ": run the command through Maven (it packages first)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(javaOpts.trim().split("\\s+")));
        cmd.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", db);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("PITSTOP_JWT_PRIVATE_KEY_FILE", key.toString());
        env.put("PITSTOP_DATA_DIR", work.resolve("app-data").toString());
        env.put("PITSTOP_DEMO_SEED", "true");
        Path sms = work.resolve("sms.jsonl");
        env.put("PITSTOP_NOTIFY_LOG_FILE", sms.toString());
        env.putAll(extra);
        Path log = work.resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process process = pb.start();
        String management = "http://localhost:" + managementPort;
        long deadline = t0 + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (status(management + "/q/health/ready") == 200) {
                double ready = (System.nanoTime() - t0) / 1e9;
                System.out.printf("[bench] %s ready in %.1f s on port %d (pid %d), log %s%n", name, ready, port, process.pid(), log);
                return new BenchApp(process, "http://localhost:" + port, management, sms, log, ready);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            Thread.sleep(50); // polling a process we do not control; the resolution of the start figure
        }
        process.destroy();
        throw new IllegalStateException(name + " not ready within 180 s; see " + log);
    }

    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    long pid() {
        return process.pid();
    }

    long rssMb() {
        return StreamLoad.rssKb(process.pid()) / 1024;
    }

    /** The Prometheus text of the management port. */
    String metrics() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(management + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}

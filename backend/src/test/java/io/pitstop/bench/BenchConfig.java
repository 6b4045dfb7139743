package io.pitstop.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's scale knobs: each a system property ({@code -Dpitstop.bench.x=}) or the matching environment
 * variable ({@code PITSTOP_BENCH_X}); the defaults finish in under ten minutes on a 2-core machine.
 */
record BenchConfig(String dbUrl, String appJavaOpts, double readRate, double readSeconds, int bookingClients,
                   int bookingCustomers, int vehiclesPerCustomer, double bookingSeconds, int bookingDays, List<Integer> streamSteps,
                   int streamOrders, int updatesPerSecond, double updateSeconds, int jobOrders, double jobsTimeoutSeconds, int extraBays) {

    static BenchConfig load() {
        return new BenchConfig(
                text("db-url", null),
                text("app-java-opts", "-Xmx512m"),
                number("read-rate", 1000), number("read-seconds", 15),
                (int) number("booking-clients", 32), (int) number("booking-customers", 64), (int) number("vehicles-per-customer", 8),
                number("booking-seconds", 30), (int) number("booking-days", 2),
                Arrays.stream(text("stream-steps", "50,1000,5000,10000").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                (int) number("stream-orders", 50), (int) number("updates-per-second", 10), number("update-seconds", 15),
                (int) number("job-orders", 10_000), number("jobs-timeout-seconds", 90), (int) number("extra-bays", 40));
    }

    static String text(String knob, String fallback) {
        String v = System.getProperty("pitstop.bench." + knob);
        if (v == null || v.isBlank()) {
            v = System.getenv("PITSTOP_BENCH_" + knob.toUpperCase().replace('-', '_'));
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    private static double number(String knob, double fallback) {
        return Double.parseDouble(text(knob, Double.toString(fallback)));
    }
}

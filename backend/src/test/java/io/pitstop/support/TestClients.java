package io.pitstop.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every REST Assured request of the suite arrives as if from a client address of its own (198.18.0.0/15, the range
 * kept for benchmarks), through loopback as a trusted proxy (the test profile enables proxy forwarding). The
 * dealership's customers are many people on many networks; per-client rate limits then stay what they are in
 * production, instead of adding the whole suite up as one client. A test that is about one client sends its own
 * X-Forwarded-For, which is left alone.
 */
public class TestClients implements QuarkusTestBeforeEachCallback {

    public static final String HEADER = "X-Forwarded-For";
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Filter oneAddressEach = (request, response, ctx) -> {
                if (!request.getHeaders().hasHeaderWithName(HEADER)) {
                    request.header(HEADER, randomAddress());
                }
                return ctx.next(request, response);
            };
            RestAssured.filters(oneAddressEach);
        }
    }

    public static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + (18 + r.nextInt(2)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}

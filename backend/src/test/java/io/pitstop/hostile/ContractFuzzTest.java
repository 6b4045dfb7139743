package io.pitstop.hostile;

import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.RepairFixtures;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.pitstop.support.BookingFixtures.availability;
import static io.pitstop.support.BookingFixtures.bookableDay;
import static io.restassured.RestAssured.given;

/**
 * Every operation of the committed contract, fed requests it forbids ({@link HostileCases}): never a 5xx, every
 * refusal an RFC 9457 problem (a 400 naming the field), and no table changed by the whole batch. Each operation is
 * called in turn by the roles it admits ({@link Authorization}), on real ids of a shop the test builds, so the cases
 * reach validation and the business rules, not just a 401, 403 or 404.
 * Seeded: the same cases every run.
 */
@QuarkusTest
class ContractFuzzTest {

    static final long SEED = 13L;
    static final int CASES_PER_OPERATION = 100;

    @Inject
    TestAccounts accounts;
    @Inject
    BookingFixtures bookings;
    @Inject
    RepairFixtures repairs;

    record Failure(String request, String role, int status, String why) {
        @Override
        public String toString() {
            return request + " as " + role + " -> " + status + ": " + why;
        }
    }

    @Test
    void noContractViolationCrashesOrChangesAnything() {
        OpenApiDocument contract = OpenApiDocument.read(Path.of(System.getProperty("pitstop.repo-root", ".."), "openapi", "openapi.yaml"));
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, String> ids = shop(tokens);
        Wire wire = new Wire(RestAssured.baseURI + ":" + RestAssured.port);
        HostileCases generator = new HostileCases(contract, new Samples(contract, ids), SEED);

        Map<String, String> before = Tables.fingerprint();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        int requests = 0;
        Map<String, Set<String>> declared = Authorization.rolesByOperation();
        List<String> noRole = new ArrayList<>();
        List<OpenApiDocument.Operation> operations = contract.operations();
        for (OpenApiDocument.Operation op : operations) {
            List<String> roles = allowedRoles(op, declared, tokens);
            if (roles.isEmpty()) {
                noRole.add(op.toString());
                roles = List.of(Role.MANAGER.name());
            }
            List<HostileCases.Case> cases = generator.of(op, CASES_PER_OPERATION);
            for (int i = 0; i < cases.size(); i++) {
                HostileCases.Case c = cases.get(i);
                String role = roles.get(i % roles.size());
                Wire.Answer a = wire.send(c, tokens.get(role));
                requests++;
                statuses.merge(a.status(), 1, Integer::sum);
                String fault = fault(c, a);
                if (fault != null) {
                    failures.add(new Failure(op + " [" + c.what() + "]", role, a.status(), fault));
                }
            }
        }
        Map<String, String> changed = Tables.changed(before, Tables.fingerprint());

        System.out.printf("ContractFuzzTest: seed %d, %d operations, %d hostile requests, statuses %s, %d faults%n",
                SEED, operations.size(), requests, statuses, failures.size());
        System.out.println("  operations no test role may call (fuzzed as MANAGER): " + noRole);
        failures.stream().limit(200).forEach(f -> System.out.println("  FAULT " + f));
        changed.forEach((table, change) -> System.out.println("  CHANGED " + table + ": " + change));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(operations).hasSizeGreaterThan(80);
        soft.assertThat(failures).as("answers to hostile requests").isEmpty();
        soft.assertThat(changed).as("tables changed by refused requests").isEmpty();
        soft.assertAll();
    }

    private static String fault(HostileCases.Case c, Wire.Answer a) {
        if (a.failure() != null) {
            return a.failure();
        }
        if (a.status() >= 500) {
            return "server error " + HostileCases.abbreviate(String.valueOf(a.body()));
        }
        if (a.status() < 400) {
            return c.mustRefuse() ? "accepted a request the contract forbids" : null;
        }
        return Wire.problemFault(a);
    }

    /** The roles the operation admits, each holding a token; no token for an open operation. */
    private static List<String> allowedRoles(OpenApiDocument.Operation op, Map<String, Set<String>> declared, Map<String, String> tokens) {
        if (!op.secured()) {
            return java.util.Collections.singletonList(null);
        }
        Set<String> admitted = declared.get(op.id());
        return tokens.keySet().stream().filter(r -> admitted == null || admitted.contains(r)).toList();
    }

    /** The shop the cases work in: staff of every role, a customer with a car, a booking, a repair ready to settle. */
    private Map<String, String> shop(Map<String, String> tokens) {
        TestAccounts.Login manager = bookings.manager();
        BookingFixtures.Customer customer = repairs.customer();
        String order = repairs.ready(customer);
        String type = bookings.serviceType("GENERAL_SERVICE", 60);
        BookingFixtures.Customer booker = bookings.customerWithVehicle();
        LocalDate day = bookableDay(type);
        String start = availability(type, day, day).getString("slots[0].start");
        String appointment = given().auth().oauth2(booker.login().accessToken()).contentType(ContentType.JSON)
                .body(BookingFixtures.booking(booker, type, start)).post("/api/v1/appointments")
                .then().statusCode(201).extract().path("id");
        var partner = given().auth().oauth2(manager.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Fuzz partner", "scopes", PartnerScopes.ALL)).post("/api/v1/partner-clients")
                .then().statusCode(201).extract().jsonPath();
        String partnerToken = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", partner.getString("clientId")).formParam("client_secret", partner.getString("clientSecret"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");

        tokens.put(Role.CUSTOMER.name(), customer.login().accessToken());
        tokens.put(Role.ADVISOR.name(), repairs.advisor().accessToken());
        tokens.put(Role.TECHNICIAN.name(), repairs.technician().accessToken());
        tokens.put(Role.TEAM_LEAD.name(), repairs.lead().accessToken());
        tokens.put(Role.INSPECTOR.name(), repairs.inspector().accessToken());
        tokens.put(Role.CUSTOMER_SERVICE.name(), accounts.staff(Role.CUSTOMER_SERVICE).accessToken());
        tokens.put(Role.MANAGER.name(), manager.accessToken());
        tokens.put(Role.PARTS.name(), accounts.staff(Role.PARTS).accessToken());
        tokens.put(Role.PARTNER.name(), partnerToken);

        Map<String, String> ids = new HashMap<>();
        ids.put("/api/v1/repair-orders/{id}", order);
        ids.put("/api/v1/appointments/{id}", appointment);
        ids.put("/api/v1/me/vehicles/{id}", customer.vehicleId());
        ids.put("/api/v1/staff/{id}", repairs.technician().id());
        ids.put("/api/v1/shop/service-types/{code}", type);
        ids.put("staffId", repairs.technician().id());
        ids.put("technicianId", repairs.technician().id());
        ids.put("clientId", partner.getString("clientId"));
        ids.put("vehicleId", customer.vehicleId());
        ids.put("serviceType", type);
        ids.put("phone", customer.login().phone());
        ids.put("customerPhone", booker.login().phone());
        ids.put("attachmentId", UUID.randomUUID().toString());
        return ids;
    }
}

package io.pitstop.hostile;

import io.pitstop.hostile.Callers.Who;
import io.pitstop.support.BookingFixtures;
import io.pitstop.support.Db;
import io.pitstop.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, for every operation of the contract and every kind of caller: nobody (401 problem), a car owner,
 * each role of staff, and a partner application holding one scope (403 problem when it is not theirs). The table below
 * is the policy, written by hand; the code's {@code @RolesAllowed} must agree with it, and an operation the contract
 * gains fails this test until it is given a row.
 * <p>
 * A refused call is refused at the door: before the body is read or the ids are looked up, and nothing in the
 * database changes. An admitted call ("ok") is sent with an empty body and unknown ids, so it gets as far as the
 * operation's own checks (400, 404, or the data) but never a 401/403 or a 5xx. What a customer may do to another's
 * resources is {@link AnotherCustomersIdsTest}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /**
     * ok = admitted; 401 = no token, refused; 403 = token of the wrong role or scope, refused. parts is the
     * parts specialist (配件专员); p:br, p:bw and p:rr are partner applications holding bookings:read, bookings:write
     * and repairs:read.
     */
    static final String MATRIX = """
            operation                 anon cust adv  lead tech insp cs   mgr  parts p:br p:bw p:rr
            sendPhoneCode             ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            register                  ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            login                     ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            refresh                   ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            logout                    ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            clientCredentialsToken    ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            getShop                   ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            getAvailability           ok   ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok
            me                        401  ok   ok   ok   ok   ok   ok   ok   ok    ok   ok   ok

            updateShopSettings        401  403  403  403  403  403  403  ok   403   403  403  403
            closeShopOn               401  403  403  403  403  403  403  ok   403   403  403  403
            reopenShopOn              401  403  403  403  403  403  403  ok   403   403  403  403
            createBay                 401  403  403  403  403  403  403  ok   403   403  403  403
            updateBay                 401  403  403  403  403  403  403  ok   403   403  403  403
            putServiceType            401  403  403  403  403  403  403  ok   403   403  403  403
            listStaff                 401  403  403  403  403  403  403  ok   403   403  403  403
            createStaff               401  403  403  403  403  403  403  ok   403   403  403  403
            deactivateStaff           401  403  403  403  403  403  403  ok   403   403  403  403
            reactivateStaff           401  403  403  403  403  403  403  ok   403   403  403  403
            changeStaffRole           401  403  403  403  403  403  403  ok   403   403  403  403
            registerPartnerClient     401  403  403  403  403  403  403  ok   403   403  403  403
            listPartnerClients        401  403  403  403  403  403  403  ok   403   403  403  403
            revokePartnerClient       401  403  403  403  403  403  403  ok   403   403  403  403

            listMyVehicles            401  ok   403  403  403  403  403  403  403   403  403  403
            addMyVehicle              401  ok   403  403  403  403  403  403  403   403  403  403
            updateMyVehicle           401  ok   403  403  403  403  403  403  403   403  403  403
            findCustomerByPhone       401  403  ok   403  403  403  ok   ok   403   403  403  403
            addWalkInVehicle          401  403  ok   403  403  403  ok   ok   403   403  403  403

            book                      401  ok   ok   403  403  403  ok   ok   403   403  ok   403
            listAppointments          401  ok   ok   ok   ok   ok   ok   ok   403   ok   403  403
            getAppointment            401  ok   ok   ok   ok   ok   ok   ok   403   ok   403  403
            getAppointmentHistory     401  ok   ok   ok   ok   ok   ok   ok   403   ok   403  403
            rescheduleAppointment     401  ok   ok   ok   ok   ok   ok   ok   403   403  ok   403
            cancelAppointment         401  ok   ok   ok   ok   ok   ok   ok   403   403  ok   403
            confirmAppointment        401  403  ok   403  403  403  403  ok   403   403  403  403
            confirmAppointments       401  403  ok   403  403  403  403  ok   403   403  403  403
            markAppointmentNoShow     401  403  ok   403  403  403  403  ok   403   403  403  403
            checkInAppointment        401  403  ok   403  403  403  403  ok   403   403  403  403

            checkIn                   401  403  ok   403  403  403  403  ok   403   403  403  403
            listRepairOrders          401  ok   ok   ok   ok   ok   ok   ok   403   403  403  ok
            getRepairOrder            401  ok   ok   ok   ok   ok   ok   ok   403   403  403  ok
            getRepairTimeline         401  ok   ok   ok   ok   ok   ok   ok   403   403  403  ok
            streamRepairOrder         401  ok   ok   ok   ok   ok   ok   ok   403   403  403  403
            streamBoard               401  403  ok   ok   ok   ok   ok   ok   403   403  403  403
            listTechnicians           401  403  ok   ok   403  403  403  ok   403   403  403  403
            sendEstimate              401  403  ok   403  403  403  403  ok   403   403  403  403
            sendSupplement            401  403  ok   403  403  403  403  ok   403   403  403  403
            decideItems               401  ok   ok   403  403  403  403  ok   403   403  403  403
            moveRepairOrder           401  403  ok   ok   ok   ok   ok   ok   403   403  403  403
            postUpdate                401  403  ok   ok   ok   ok   403  ok   403   403  403  403
            declareDelay              401  403  ok   403  403  403  403  ok   403   403  403  403
            requestRepairParts        401  403  403  ok   ok   403  403  403  403   403  403  403
            uploadAttachment          401  403  ok   ok   ok   ok   ok   ok   403   403  403  403
            getAttachment             401  ok   ok   ok   ok   ok   ok   ok   403   403  403  ok
            issueSettlement           401  403  ok   403  403  403  403  ok   403   403  403  403
            decideSettlementLines     401  ok   ok   403  403  403  403  ok   403   403  403  403
            acknowledgeSettlement     401  ok   403  403  403  403  403  403  403   403  403  403
            reopenSettlement          401  403  ok   403  403  403  403  ok   403   403  403  403
            getSettlementDocument     401  ok   ok   ok   ok   ok   ok   ok   403   403  403  403
            getSettlementSignature    401  ok   ok   ok   ok   ok   ok   ok   403   403  403  403
            deliver                   401  403  ok   403  403  403  403  ok   403   403  403  403

            rateVisit                 401  ok   403  403  403  403  403  403  403   403  403  403
            getRating                 401  ok   ok   ok   ok   ok   ok   ok   403   403  403  403
            changeRating              401  ok   403  403  403  403  403  403  403   403  403  403
            listRatings               401  403  ok   ok   403  403  ok   ok   403   403  403  403
            ratingSummary             401  403  ok   ok   403  403  ok   ok   403   403  403  403
            listFollowUpCalls         401  403  ok   403  403  403  ok   ok   403   403  403  403
            recordCallOutcome         401  403  ok   403  403  403  ok   ok   403   403  403  403
            resolveCallProblem        401  403  ok   ok   ok   ok   ok   ok   403   403  403  403

            fileComplaint             401  ok   ok   ok   ok   ok   ok   ok   403   403  403  403
            listComplaints            401  ok   ok   ok   ok   ok   ok   ok   403   403  403  403
            getComplaint              401  ok   ok   ok   ok   ok   ok   ok   403   403  403  403
            postComplaintStep         401  403  ok   ok   ok   ok   ok   ok   403   403  403  403
            confirmComplaint          401  ok   403  403  403  403  403  403  403   403  403  403
            complaintStats            401  403  403  403  403  403  ok   ok   403   403  403  403
            exportComplaints          401  403  403  403  403  403  ok   ok   403   403  403  403

            listNotifications         401  ok   ok   ok   ok   ok   ok   ok   ok    403  403  403
            countUnreadNotifications  401  ok   ok   ok   ok   ok   ok   ok   ok    403  403  403
            markNotificationRead      401  ok   ok   ok   ok   ok   ok   ok   ok    403  403  403
            listOutbox                401  403  403  403  403  403  403  ok   403   403  403  403
            retryOutboxMessage        401  403  403  403  403  403  403  ok   403   403  403  403

            listKpis                  401  403  403  403  403  403  403  ok   403   403  403  403
            listKpiItems              401  403  403  403  403  403  403  ok   403   403  403  403
            listAppraisals            401  403  ok   403  ok   403  ok   ok   ok    403  403  403
            rateAppraisal             401  403  ok   403  ok   403  ok   ok   ok    403  403  403
            closeAppraisalMonth       401  403  403  403  403  403  403  ok   403   403  403  403
            listAppraisalWeights      401  403  403  403  403  403  403  ok   403   403  403  403
            setAppraisalWeights       401  403  403  403  403  403  403  ok   403   403  403  403
            listImprovements          401  403  ok   ok   ok   ok   ok   ok   403   403  403  403
            createImprovement         401  403  403  403  403  403  403  ok   403   403  403  403
            completeImprovement       401  403  ok   ok   ok   ok   ok   ok   403   403  403  403

            listParts                 401  403  ok   ok   ok   ok   403  ok   ok    403  403  403
            getPart                   401  403  ok   ok   ok   ok   403  ok   ok    403  403  403
            listShortages             401  403  ok   ok   ok   ok   403  ok   ok    403  403  403
            createPart                401  403  403  403  403  403  403  ok   ok    403  403  403
            updatePart                401  403  403  403  403  403  403  ok   ok    403  403  403
            getPartLedger             401  403  403  403  403  403  403  ok   ok    403  403  403
            listSuppliers             401  403  403  403  403  403  403  ok   ok    403  403  403
            createSupplier            401  403  403  403  403  403  403  ok   ok    403  403  403
            listPartsToIssue          401  403  403  403  403  403  403  ok   ok    403  403  403
            issuePart                 401  403  403  403  403  403  403  403  ok    403  403  403
            returnPart                401  403  403  403  403  403  403  403  ok    403  403  403
            scrapPart                 401  403  403  403  403  403  403  403  ok    403  403  403
            listPurchaseOrders        401  403  403  403  403  403  403  ok   ok    403  403  403
            listReceivingInspectors   401  403  403  403  403  403  403  ok   ok    403  403  403
            getPurchaseOrder          401  403  403  403  403  403  403  ok   ok    403  403  403
            listPurchaseSuggestions   401  403  403  403  403  403  403  ok   ok    403  403  403
            createPurchaseOrder       401  403  403  403  403  403  403  403  ok    403  403  403
            sendPurchaseOrder         401  403  403  403  403  403  403  403  ok    403  403  403
            cancelPurchaseOrder       401  403  403  403  403  403  403  403  ok    403  403  403
            receivePurchaseOrder      401  403  403  403  403  403  403  403  ok    403  403  403
            listStockCounts           401  403  403  403  403  403  403  ok   ok    403  403  403
            createStockCount          401  403  403  403  403  403  403  403  ok    403  403  403
            """;

    /**
     * Values for the path's parameters that name nothing (so an admitted call changes nothing either): unknown ids,
     * a month and a day that cannot be.
     */
    static final Map<String, String> PATH_VALUES = Map.of(
            "id", "00000000-0000-4000-8000-00000000dead",
            "attachmentId", "00000000-0000-4000-8000-00000000beef",
            "staffId", "00000000-0000-4000-8000-00000000f00d",
            "clientId", "pc_nobody_registered_this",
            "month", "1999-13",
            "date", "1999-02-30",
            "code", "NO_SUCH_CODE",
            "role", "ADVISOR");

    /** Tables whose rows are bookkeeping of requests (rate limits, throttles), not data a refused call could change. */
    static final Set<String> BOOKKEEPING = Set.of("rate_limit", "login_throttle", "job_mark", "flyway_schema_history");

    @Inject
    TestAccounts accounts;

    @Inject
    BookingFixtures bookings;

    @Test
    void everyOperationRefusesEveryCallerItIsNotForAndAdmitsTheOthers() {
        Map<String, Map<Who, String>> expected = parse(MATRIX);
        List<Contract.Operation> operations = Contract.operations();
        Set<String> inContract = operations.stream().map(Contract.Operation::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected.keySet())
                .as("Every operation of openapi/openapi.yaml has a row in the matrix (a new endpoint must be classified), "
                        + "and every row names an operation of the contract")
                .containsExactlyInAnyOrderElementsOf(inContract);
        for (Contract.Operation op : operations) {
            assertThat(op.needsToken()).as("The contract says %s needs a token exactly when the matrix refuses nobody", op)
                    .isEqualTo(!expected.get(op.id()).get(Who.ANONYMOUS).equals("ok"));
        }

        Map<Who, String> tokens = Callers.tokens(accounts, bookings.manager());
        List<String> failures = new ArrayList<>();
        Map<String, String> before = fingerprint();
        int refused = 0;
        int admitted = 0;
        // Refused calls first, all of them, then the database is compared: nothing a refused call sent stayed.
        for (boolean refusals : new boolean[]{true, false}) {
            for (Contract.Operation op : operations) {
                for (Who who : Who.values()) {
                    String want = expected.get(op.id()).get(who);
                    if (want.equals("ok") == refusals) {
                        continue;
                    }
                    Http.Answer answer = Http.call(op.method(), path(op), tokens.get(who), op.bodyType());
                    String wrong = judge(want, answer);
                    if (wrong != null) {
                        failures.add(op + " as " + who.column + ": expected " + want + ", " + wrong);
                    }
                    if (refusals) {
                        refused++;
                    } else {
                        admitted++;
                    }
                }
            }
            if (refusals) {
                assertThat(fingerprint()).as("Refused calls changed nothing").isEqualTo(before);
            }
        }
        System.out.printf("Authorization matrix: %d operations x %d callers = %d calls (%d refused, %d admitted), %d wrong%n",
                operations.size(), Who.values().length, refused + admitted, refused, admitted, failures.size());
        assertThat(failures).as("Calls answered otherwise than the matrix says").isEmpty();
    }

    /** Null when the answer is what the cell wants, otherwise what was wrong with it. */
    static String judge(String want, Http.Answer a) {
        String got = "got " + a.status() + " " + a.contentType() + " " + abbreviate(a.body());
        if (a.status() >= 500) {
            return got;
        }
        if (want.equals("ok")) {
            if (a.status() == 401 || a.status() == 403) {
                return got;
            }
            return a.status() >= 400 && !a.isProblem() ? got + " (an error that is not a problem)" : null;
        }
        String type = want.equals("401") ? "unauthorized" : "forbidden";
        if (a.status() != Integer.parseInt(want) || !a.isProblem()
                || !a.body().contains("\"type\":\"https://pitstop.dev/problems/" + type + "\"")) {
            return got;
        }
        return null;
    }

    static String path(Contract.Operation op) {
        String path = op.path();
        for (Map.Entry<String, String> p : PATH_VALUES.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        assertThat(path).as("Every path parameter of %s has a value in PATH_VALUES", op).doesNotContain("{");
        return path;
    }

    static Map<String, Map<Who, String>> parse(String matrix) {
        List<String> lines = matrix.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String[] header = lines.get(0).split("\\s+");
        Map<String, Map<Who, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            assertThat(cells).as("Row %s has a cell per caller", cells[0]).hasSameSizeAs(header);
            Map<Who, String> row = new EnumMap<>(Who.class);
            for (int i = 1; i < cells.length; i++) {
                Who who = Who.ofColumn(header[i]);
                assertThat(cells[i]).as("%s for %s", cells[0], header[i])
                        .isIn(who == Who.ANONYMOUS ? List.of("ok", "401") : List.of("ok", "403"));
                row.put(who, cells[i]);
            }
            assertThat(rows.put(cells[0], row)).as("%s has one row", cells[0]).isNull();
        }
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.keySet()).containsExactly(Who.values()));
        return rows;
    }

    /** A digest of every table's rows but the bookkeeping ones. */
    static Map<String, String> fingerprint() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Map<String, Object> t : Db.query("select tablename from pg_tables where schemaname = current_schema() order by 1")) {
            String table = (String) t.get("tablename");
            if (!BOOKKEEPING.contains(table)) {
                digests.put(table, String.valueOf(Db.query("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' "
                        + "order by md5(t::text))), '') as d from \"" + table + "\" t").get(0).get("d")));
            }
        }
        return digests;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}

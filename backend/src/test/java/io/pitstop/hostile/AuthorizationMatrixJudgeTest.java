package io.pitstop.hostile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrix's judge and table reader fail where they must (plain JUnit: a matrix that cannot fail proves nothing). */
class AuthorizationMatrixJudgeTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aRefusalIsOnlyTheRightStatusAsTheRightProblem() {
        assertThat(AuthorizationMatrixTest.judge("403", new Http.Answer(403, PROBLEM,
                "{\"type\":\"https://pitstop.dev/problems/forbidden\",\"status\":403}"))).isNull();
        assertThat(AuthorizationMatrixTest.judge("401", new Http.Answer(401, PROBLEM,
                "{\"type\":\"https://pitstop.dev/problems/unauthorized\",\"status\":401}"))).isNull();
        assertThat(AuthorizationMatrixTest.judge("403", new Http.Answer(200, "application/json", "[]"))).isNotNull();
        assertThat(AuthorizationMatrixTest.judge("403", new Http.Answer(404, PROBLEM,
                "{\"type\":\"https://pitstop.dev/problems/not-found\"}"))).isNotNull();
        assertThat(AuthorizationMatrixTest.judge("403", new Http.Answer(403, "text/plain", "Forbidden"))).isNotNull();
        assertThat(AuthorizationMatrixTest.judge("401", new Http.Answer(403, PROBLEM,
                "{\"type\":\"https://pitstop.dev/problems/forbidden\"}"))).isNotNull();
    }

    @Test
    void anAdmittedCallIsNeverRefusedNorAServerError() {
        assertThat(AuthorizationMatrixTest.judge("ok", new Http.Answer(404, PROBLEM, "{}"))).isNull();
        assertThat(AuthorizationMatrixTest.judge("ok", new Http.Answer(200, "application/json", "{}"))).isNull();
        assertThat(AuthorizationMatrixTest.judge("ok", new Http.Answer(403, PROBLEM, "{}"))).isNotNull();
        assertThat(AuthorizationMatrixTest.judge("ok", new Http.Answer(401, PROBLEM, "{}"))).isNotNull();
        assertThat(AuthorizationMatrixTest.judge("ok", new Http.Answer(500, PROBLEM, "{}"))).isNotNull();
        assertThat(AuthorizationMatrixTest.judge("ok", new Http.Answer(400, "text/html", "<h1>"))).isNotNull();
    }

    @Test
    void theTableIsWholeAndSaysOnlyWhatACallerCanGet() {
        String header = "operation anon cust adv lead tech insp cs mgr parts p:br p:bw p:rr\n";
        assertThat(AuthorizationMatrixTest.parse(AuthorizationMatrixTest.MATRIX)).hasSize(113);
        assertThatThrownBy(() -> AuthorizationMatrixTest.parse(header + "x 401 ok ok ok ok ok ok ok ok ok ok\n"))
                .as("a missing cell").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> AuthorizationMatrixTest.parse(header + "x 403 ok ok ok ok ok ok ok ok ok ok ok\n"))
                .as("anonymous cannot be forbidden, only unauthorized").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> AuthorizationMatrixTest.parse(header + "x 401 401 ok ok ok ok ok ok ok ok ok ok\n"))
                .as("a token is refused with 403").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> AuthorizationMatrixTest.parse(header + "x 401 ok ok ok ok ok ok ok ok ok ok ok\nx 401 ok ok ok ok ok ok ok ok ok ok ok\n"))
                .as("an operation twice").isInstanceOf(AssertionError.class);
    }
}

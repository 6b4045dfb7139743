package io.pitstop.common;

import io.smallrye.mutiny.CompositeException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request answers when the database drops its connection while the request is already failing: Hibernate
 * Reactive's rollback fails too, and Mutiny hands the mapper both. OutageIT met it once under a PostgreSQL restart (a
 * booking refused for a full slot answered 500).
 */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private static UriInfo uri() {
        UriInfo uri = Mockito.mock(UriInfo.class);
        Mockito.when(uri.getRequestUri()).thenReturn(URI.create("http://localhost/api/v1/appointments"));
        Mockito.when(uri.getPath()).thenReturn("/api/v1/appointments");
        return uri;
    }

    @Test
    void aRefusalWhoseRollbackFoundTheConnectionGoneIsStillTheRefusal() {
        Throwable both = new CompositeException(new ConflictException("slot-full", Detail.of("problem.repair.already-decided")),
                ClosedConnectionException.INSTANCE);
        Response answer = mapper.unexpected(both, uri(), Mockito.mock(HttpHeaders.class));
        assertThat(answer.getStatus()).isEqualTo(409);
    }

    @Test
    void anUnexpectedFailureWhoseRollbackFoundTheConnectionGoneIsAnOutage() {
        Throwable both = new CompositeException(new IllegalStateException("query failed"), ClosedConnectionException.INSTANCE);
        Response answer = mapper.unexpected(both, uri(), Mockito.mock(HttpHeaders.class));
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString(HttpHeaders.RETRY_AFTER)).isNotNull();
    }

    /** PostgreSQL going down mid-query resets the socket: Hibernate wraps the reset, and the rollback meets it again. */
    @Test
    void aConnectionResetMidQueryIsAnOutage() {
        java.net.SocketException reset = new java.net.SocketException("Connection reset");
        Throwable both = new CompositeException(new org.hibernate.HibernateException(reset), reset);
        Response answer = mapper.unexpected(both, uri(), Mockito.mock(HttpHeaders.class));
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString(HttpHeaders.RETRY_AFTER)).isNotNull();
    }
}

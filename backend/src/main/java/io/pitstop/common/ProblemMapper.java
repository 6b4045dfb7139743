package io.pitstop.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 problems. Clients never see a stack trace: unexpected failures are
 * logged with the request id, and the client gets that id to quote.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,60})'");
    /** Seconds a client should wait when the database is out of reach. */
    static final int RETRY_AFTER_OUTAGE = 5;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        Language language = Language.ofAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Response.ResponseBuilder rb = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .entity(new Problem(Problem.TYPE_BASE + e.type(), e.title(), e.status(), e.detail(language),
                        path(uri), RequestIds.of(headers), e.oauthError(), e.errors().isEmpty() ? null : e.errors(language)));
        if (e instanceof ThrottledException t) {
            rb.header(HttpHeaders.RETRY_AFTER, Math.max(1, t.retryAfter().toSeconds()));
        }
        if (e.status() == 401) {
            rb.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return rb.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return validation(errors, uri, headers);
    }

    @ServerExceptionMapper
    public Response validationException(ValidationException e, UriInfo uri, HttpHeaders headers) {
        LOG.warn("Validation could not run", e);
        return simple(400, "validation", "Invalid request", say(headers, "notValidated"), uri, headers);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = say(headers, "field.unknown");
        } else if (e instanceof StrictJson.NulInString) {
            message = say(headers, "field.nul");
        } else if (e instanceof StrictJson.LoneSurrogateInString) {
            message = say(headers, "field.surrogate");
        } else if (e instanceof InvalidFormatException f) {
            message = Messages.text(language(headers), "problem.generic.field.invalidValue", Map.of("value", echo(f.getValue())));
        } else {
            message = say(headers, "field.wrongType");
        }
        return validation(List.of(new FieldError(field.isEmpty() ? "body" : field, message)), uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : say(headers, "field.unreadable");
        return validation(List.of(new FieldError(field.isEmpty() ? "body" : field, message)), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Matcher duplicate = e.getOriginalMessage() == null ? null : DUPLICATE.matcher(e.getOriginalMessage());
        if (duplicate != null && duplicate.find()) {
            return validation(List.of(new FieldError(duplicate.group(1), say(headers, "field.twice"))), uri, headers);
        }
        return validation(List.of(new FieldError("body", say(headers, "body.malformed"))), uri, headers);
    }

    /** A type the body cannot be read into: taken before the framework's own mapper answers an empty 500. */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("Body not readable as %s: %s", e.getType(), e.getOriginalMessage());
        String field = jsonPath(e);
        return validation(List.of(new FieldError(field.isEmpty() ? "body" : field, say(headers, "field.unreadable"))), uri, headers);
    }

    /** A multipart body that ends before its closing boundary (a cut connection, a lying Content-Length). */
    @ServerExceptionMapper
    public Response io(IOException e, UriInfo uri, HttpHeaders headers) {
        if (isDatabaseOutage(e)) {
            return unavailable(uri, headers);
        }
        if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("multipart")) {
            return validation(List.of(new FieldError("body", say(headers, "body.cutOff"))), uri, headers);
        }
        return unexpected(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(say(headers, "unauthenticated"), uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        if (isDatabaseOutage(e)) {
            return unavailable(uri, headers);
        }
        String refused = SessionRefused.reasonOf(e);
        String why = refused != null ? refused : say(headers, "tokenInvalid");
        return unauthenticated(why, uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : say(headers, "forbidden");
        return simple(403, "forbidden", "Forbidden", detail, uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainException d) {
            return domain(d, uri, headers);
        }
        if (cause instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri, headers);
        }
        if (cause instanceof JsonMappingException m) {
            return jsonMapping(m, uri, headers);
        }
        if (cause instanceof JsonProcessingException p) {
            return malformedJson(p, uri, headers);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType info = original.getStatusInfo();
        String detail = switch (status) {
            case 404, 405, 406, 413, 415 -> say(headers, "status." + status);
            default -> info.getReasonPhrase();
        };
        Response.ResponseBuilder rb = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + slug(info.getReasonPhrase()), info.getReasonPhrase(), status,
                        detail, path(uri), RequestIds.of(headers), null, null));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> rb.header(name, v));
            }
        });
        return rb.build();
    }

    /** A race the service's own checks lost, caught by a database constraint: a conflict, not a crash. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("Constraint %s refused a change: %s", e.getConstraintName(), e.getMessage());
        return simple(409, "conflict", "Conflict", say(headers, "conflict"), uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        // A failure and what failed after it (Hibernate Reactive's rollback on a connection the database just dropped):
        // the first is the answer. The rollback failing means only that nothing was written.
        if (e instanceof io.smallrye.mutiny.CompositeException composite && !composite.getCauses().isEmpty()
                && composite.getCauses().get(0) instanceof DomainException first) {
            return domain(first, uri, headers);
        }
        if (isDatabaseOutage(e)) {
            LOG.warnf("Database unavailable: %s", rootMessage(e));
            return unavailable(uri, headers);
        }
        LOG.error("Unexpected failure", e);
        return simple(500, "internal", "Internal error", say(headers, "internal"), uri, headers);
    }

    /** The database cannot be reached (stopped, restarting, the network gone): try again shortly, nothing was done. */
    private static Response unavailable(UriInfo uri, HttpHeaders headers) {
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_OUTAGE)
                .entity(new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                        say(headers, "unavailable"), path(uri), RequestIds.of(headers),
                        null, null))
                .build();
    }

    /**
     * Whether the failure is the database being out of reach rather than a bug: a refused, reset or cut connection, or
     * PostgreSQL refusing connections (SQLSTATE class 08, or 57P01-57P03 while it shuts down or starts up).
     */
    static boolean isDatabaseOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.smallrye.mutiny.CompositeException composite
                    && composite.getCauses().stream().anyMatch(c -> c != composite && isDatabaseOutage(c))) {
                return true;
            }
            // SocketException: refused (ConnectException) or reset mid-query. Requests talk to no socket but the database's.
            if (t instanceof java.net.SocketException || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().matches("57P0[1-3]"))) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Connection refused") || m.contains("Pool closed")
                    || m.contains("Connection is not active") || m.contains("Fail to read any response from the server"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Response unauthenticated(String detail, UriInfo uri, HttpHeaders headers) {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401, detail, path(uri),
                        RequestIds.of(headers), null, null))
                .build();
    }

    private static Response validation(List<FieldError> errors, UriInfo uri, HttpHeaders headers) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail, path(uri),
                        RequestIds.of(headers), null, errors))
                .build();
    }

    private static Response simple(int status, String type, String title, String detail, UriInfo uri, HttpHeaders headers) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + type, title, status, detail, path(uri), RequestIds.of(headers),
                        null, null))
                .build();
    }

    /** A value sent back in a problem, cut short: a megabyte of it would make the answer as large as the attack. */
    static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** The field as the client named it: drop the method and parameter nodes of the property path. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** A generic problem text of common's bundle, in the language the request asked for (Chinese by default). */
    private static String say(HttpHeaders headers, String key) {
        return Messages.text(language(headers), "problem.generic." + key, Map.of());
    }

    private static Language language(HttpHeaders headers) {
        return Language.ofAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String slug(String reason) {
        return reason == null ? "error" : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}

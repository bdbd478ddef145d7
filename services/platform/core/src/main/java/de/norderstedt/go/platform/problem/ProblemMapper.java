package de.norderstedt.go.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.norderstedt.go.platform.input.InvalidParameterException;
import de.norderstedt.go.platform.input.RefusedValueException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 problem responses. Services throw
 * {@link ProblemException} for their own rules; everything else (validation, unreadable JSON,
 * unknown enum values, security, optimistic-lock races, unknown paths) is translated here.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.violations(), e.allowed());
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        String detail = violations.size() == 1 ? ProblemException.ONE_FIELD : violations.size() + " fields are not valid";
        return respond(ProblemType.VALIDATION, detail, uri, violations, List.of());
    }

    @ServerExceptionMapper
    public Response unknownEnumOrWrongFormat(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
            return invalid(uri, field, "must be one of " + String.join(", ", allowed), allowed);
        }
        return invalid(uri, field, "has the wrong format", List.of());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return invalid(uri, pathOf(e), "is not a known field", List.of());
    }

    @ServerExceptionMapper
    public Response refusedValue(RefusedValueException e, UriInfo uri) {
        return invalid(uri, pathOf(e), e.getOriginalMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response nullInList(InvalidNullException e, UriInfo uri) {
        return invalid(uri, pathOf(e), "must not be null", List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        if (e instanceof RefusedValueException refused) {
            return refusedValue(refused, uri);
        }
        if (e instanceof InvalidNullException nulls) {
            return nullInList(nulls, uri);
        }
        String field = pathOf(e);
        String message = String.valueOf(e.getOriginalMessage());
        if (field.isEmpty() || message.contains("end-of-input")) {
            return respond(ProblemType.UNREADABLE, "The body must be a JSON object of the documented shape", uri,
                    List.of(), List.of());
        }
        return invalid(uri, field, "has the wrong type", List.of());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.UNREADABLE, "The body is not valid JSON: " + e.getOriginalMessage(), uri,
                List.of(), List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentModification(Exception e, UriInfo uri) {
        return respond(ProblemType.CONCURRENT_MODIFICATION,
                "The resource was changed by another request at the same time; read it again and retry", uri,
                List.of(), List.of());
    }

    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.debugf("constraint %s violated", e.getConstraintName());
        return respond(ProblemType.CONFLICT, "The request conflicts with data that exists already", uri,
                List.of(), List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        // The programme's roles are read from the database while the token is checked.
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED,
                        "A valid bearer token is required", uri, List.of(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your roles do not allow this", uri, List.of(), List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // The JSON reader reports a body it cannot parse as a bare 400 around Jackson's exception.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormatException ife) {
                return unknownEnumOrWrongFormat(ife, uri);
            }
            if (cause instanceof UnrecognizedPropertyException upe) {
                return unknownField(upe, uri);
            }
            if (cause instanceof MismatchedInputException mie) {
                return mismatchedInput(mie, uri);
            }
            if (cause instanceof JsonProcessingException jpe) {
                return unreadable(jpe, uri);
            }
        }
        if (status == 400) {
            return respond(ProblemType.UNREADABLE, "The request could not be read: " + e.getMessage(), uri, List.of(), List.of());
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(ProblemType.forStatus(status), "The request could not be completed", uri, List.of(), List.of());
        }
        Response problem = respond(ProblemType.forStatus(status), e.getMessage(), uri, List.of(), List.of());
        Response.ResponseBuilder builder = Response.fromResponse(problem).status(status);
        if (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // Some libraries wrap what is really bad input; unwrap before calling it our fault.
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException jme) {
            return jme instanceof InvalidFormatException ife ? unknownEnumOrWrongFormat(ife, uri) : mismatchedOrUnreadable(jme, uri);
        }
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (dataException(e)) {
            // A value the checks above let through and PostgreSQL cannot hold; a gap to close, logged.
            LOG.warn("value refused by the database", e);
            return respond(ProblemType.VALIDATION, "A value of the request is outside what can be stored", uri,
                    List.of(), List.of());
        }
        LOG.error("unexpected failure", e);
        return respond(ProblemType.INTERNAL, "The request could not be completed; it has been logged", uri,
                List.of(), List.of());
    }

    /** SQLSTATE class 22, data exception: out of range, bad encoding, too long, and the like. */
    private static boolean dataException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** Down, restarting or out of connections: say so at once, and when to come back. */
    private static Response databaseUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("database unavailable: %s", e.toString());
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE,
                        "The service cannot reach its database right now; try again shortly", uri, List.of(), List.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private Response mismatchedOrUnreadable(JsonMappingException e, UriInfo uri) {
        return e instanceof MismatchedInputException mie ? mismatchedInput(mie, uri) : unreadable(e, uri);
    }

    /** The one-field validation problem (see {@link ProblemException#invalid}). */
    public static Response invalid(UriInfo uri, String field, String message, List<String> allowed) {
        return respond(ProblemType.VALIDATION, ProblemException.ONE_FIELD, uri, List.of(new Problem.Violation(field, message)), allowed);
    }

    public static Response respond(ProblemType type, String detail, UriInfo uri,
                                   List<Problem.Violation> violations, List<String> allowed) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), violations, allowed);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** {@code register.request.email} becomes {@code email}: the method and parameter are not the client's concern. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int start = 0;
        if (start < nodes.size() && nodes.get(start).getKind() == ElementKind.METHOD) {
            start++;
        }
        if (start < nodes.size() - 1 && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}

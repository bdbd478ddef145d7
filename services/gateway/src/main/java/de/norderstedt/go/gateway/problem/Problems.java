package de.norderstedt.go.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** The gateway's own answers are the same RFC 9457 documents the services send. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static String body(ProblemType type, String detail, String instance) {
        try {
            return JSON.writeValueAsString(new Problem(type.uri(), type.title(), type.status(), detail, instance, null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void send(RoutingContext rc, ProblemType type, String detail) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body(type, detail, rc.request().path()));
    }

    /** A 400 naming the part of the request that is not valid ({@code path}, a header's name). */
    public static void invalid(RoutingContext rc, String field, String message, String detail) {
        if (rc.response().ended()) {
            return;
        }
        ProblemType type = ProblemType.VALIDATION;
        try {
            rc.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(JSON.writeValueAsString(new Problem(type.uri(), type.title(), type.status(), detail, null,
                            List.of(new Problem.Violation(field, message)), null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

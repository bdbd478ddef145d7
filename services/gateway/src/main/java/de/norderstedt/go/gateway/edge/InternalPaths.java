package de.norderstedt.go.gateway.edge;

import de.norderstedt.go.gateway.problem.Problems;
import de.norderstedt.go.platform.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;

import java.util.regex.Pattern;

/**
 * Each service keeps what is not for clients under {@code /api/<service>/internal}: the calls
 * between services (the participant directory) and the operators' endpoints (dead letters). The
 * gateway never routes there: {@code /api/<any>/internal} and everything below it is a 404
 * problem, as if nothing were there, whatever the token. The rule matches the decoded, normalised
 * path ({@link EdgePath}), with repeated slashes taken as one, so no spelling ({@code %69nternal},
 * {@code ./internal}, {@code //internal}, {@code x/../internal}) slips past it.
 */
public final class InternalPaths {

    private static final Pattern INTERNAL = Pattern.compile("/api/[^/]+/internal(/.*)?", Pattern.DOTALL);

    private InternalPaths() {
    }

    public static void handle(RoutingContext rc) {
        if (isInternal(EdgePath.decoded(rc))) {
            Problems.send(rc, ProblemType.NOT_FOUND, "No service answers " + rc.request().path());
            return;
        }
        rc.next();
    }

    /** Whether a decoded, normalised path is under a service's {@code /internal}. */
    static boolean isInternal(String path) {
        return INTERNAL.matcher(path.replaceAll("/{2,}", "/")).matches();
    }
}

package de.norderstedt.go.platform.input;

import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.problem.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Checks the decoded path and every query parameter (names and values) with {@link Text}, before
 * any resource is matched: {@code ?q=%00} is a 400 naming {@code q}, never a database error.
 */
public class RequestText {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        String pathProblem = Text.problem(uri.getPath(true), false);
        if (pathProblem != null) {
            return refuse(request, "path", pathProblem);
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters(true).entrySet()) {
            String name = parameter.getKey();
            String problem = Text.problem(name, false);
            if (problem != null) {
                return refuse(request, "query", "parameter names " + problem);
            }
            for (String value : parameter.getValue()) {
                problem = Text.problem(value, false);
                if (problem != null) {
                    return refuse(request, name, problem);
                }
            }
        }
        return null;
    }

    private static Response refuse(ContainerRequestContext request, String field, String message) {
        return ProblemMapper.invalid(request.getUriInfo(), field, message, List.of());
    }
}

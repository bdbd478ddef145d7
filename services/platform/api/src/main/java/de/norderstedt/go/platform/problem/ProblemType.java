package de.norderstedt.go.platform.problem;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The stable problem types of the API; documented in docs/api-guide.md. */
public enum ProblemType {
    VALIDATION(400, "Request is not valid"),
    UNREADABLE(400, "Request body is not readable"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    CONCURRENT_MODIFICATION(409, "Changed by someone else"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:norderstedt-go:problem:" + name().toLowerCase().replace('_', '-'));
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR ? VALIDATION : INTERNAL;
    }
}

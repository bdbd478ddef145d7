package de.norderstedt.go.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response
 * ({@code Content-Type: application/problem+json}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:norderstedt-go:problem:validation")
        URI type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        @Schema(example = "/api/participants/me") String instance,
        @Schema(description = "One entry per invalid field (validation problems only)") List<Violation> violations,
        @Schema(description = "Allowed values or transitions, where the problem is about a choice") List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON-pointer-like path into the request and what is wrong with it. */
    @Schema(name = "Violation")
    public record Violation(@Schema(example = "email") String field, @Schema(example = "must be a well-formed email address") String message) {
    }
}

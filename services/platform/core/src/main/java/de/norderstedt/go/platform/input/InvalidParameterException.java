package de.norderstedt.go.platform.input;

import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.ws.rs.BadRequestException;

/**
 * A query parameter that could not be converted. JAX-RS turns any other exception of a parameter
 * converter into a 404; a web application exception passes through to the problem mapper, which
 * answers the 400 problem of the {@link ProblemException} inside.
 */
public class InvalidParameterException extends BadRequestException {

    private final ProblemException problem;

    public InvalidParameterException(ProblemException problem) {
        super(problem.getMessage(), problem);
        this.problem = problem;
    }

    public ProblemException problem() {
        return problem;
    }
}

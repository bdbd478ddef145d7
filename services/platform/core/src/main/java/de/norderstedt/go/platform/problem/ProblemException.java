package de.norderstedt.go.platform.problem;

import java.util.List;

/** Thrown by services for a rule the request breaks; becomes a problem response of its type. */
public class ProblemException extends RuntimeException {

    static final String ONE_FIELD = "1 field is not valid";

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final List<String> allowed;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations, List<String> allowed) {
        super(detail);
        this.type = type;
        this.violations = violations;
        this.allowed = allowed;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflict(String detail, List<String> allowed) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(), allowed);
    }

    /** The one-field validation problem: 400, naming the field and what is wrong with it. */
    public static ProblemException invalid(String field, String message) {
        return invalid(field, message, List.of());
    }

    /** The one-field validation problem with the values the field allows. */
    public static ProblemException invalid(String field, String message, List<String> allowed) {
        return new ProblemException(ProblemType.VALIDATION, ONE_FIELD,
                List.of(new Problem.Violation(field, message)), allowed);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public List<String> allowed() {
        return allowed;
    }
}

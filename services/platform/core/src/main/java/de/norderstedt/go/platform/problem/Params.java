package de.norderstedt.go.platform.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Query parameters read as strings and converted here, because JAX-RS answers a query parameter
 * it cannot convert with a bare 404; a client deserves a 400 that names the parameter.
 */
public final class Params {

    private Params() {
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ProblemException(ProblemType.VALIDATION, "1 field is not valid",
                    List.of(new Problem.Violation(name, "must be true or false")), List.of("true", "false"));
        };
    }

    public static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new ProblemException(ProblemType.VALIDATION, "1 field is not valid",
                    List.of(new Problem.Violation(name, "must be one of " + String.join(", ", allowed))), allowed);
        }
    }
}

package de.norderstedt.go.platform.input;

import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Typed query parameters. JAX-RS answers a query parameter it cannot convert with a bare 404; a
 * client deserves a 400 problem that names the parameter. Resources declare the type they mean
 * (an enum, {@link UUID}, {@link Boolean}, {@link Integer}, {@link Long}, {@link LocalDate},
 * {@link Instant}, {@link Cursor}) and this provider converts it: enum values case-insensitive,
 * a blank value counts as absent.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(name, v -> enumValue((Class) rawType, name, v), false);
        }
        Function<String, ?> parse = parser(rawType, name);
        return parse == null ? null : (ParamConverter<T>) converter(name, parse, rawType.isPrimitive());
    }

    private static Function<String, ?> parser(Class<?> type, String name) {
        if (type == UUID.class) {
            return v -> parse(name, "must be a UUID", () -> UUID.fromString(v));
        }
        if (type == Boolean.class || type == boolean.class) {
            return v -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw ProblemException.invalid(name, "must be true or false", List.of("true", "false"));
            };
        }
        if (type == Integer.class || type == int.class) {
            return v -> parse(name, "must be a whole number", () -> Integer.valueOf(v));
        }
        if (type == Long.class || type == long.class) {
            return v -> parse(name, "must be a whole number", () -> Long.valueOf(v));
        }
        if (type == LocalDate.class) {
            return v -> parse(name, "must be a date (YYYY-MM-DD)", () -> LocalDate.parse(v));
        }
        if (type == Instant.class) {
            return v -> parse(name, "must be a timestamp (ISO 8601, e.g. 2025-05-21T16:00:00Z)", () -> Instant.parse(v));
        }
        if (type == Cursor.class) {
            return v -> Cursor.decode(name, v);
        }
        return null;
    }

    /** A blank value is absent; for a primitive ({@code int limit}), which cannot be absent, a 400. */
    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, boolean primitive) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (primitive) {
                        throw new InvalidParameterException(ProblemException.invalid(name, "must not be blank"));
                    }
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (ProblemException e) {
                    throw new InvalidParameterException(e);
                }
            }

            @Override
            public String toString(T value) {
                return value instanceof Cursor cursor ? cursor.encode() : String.valueOf(value);
            }
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.invalid(name, "must be one of " + String.join(", ", allowed), allowed);
        }
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(String name, String message, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid(name, message);
        }
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }
}

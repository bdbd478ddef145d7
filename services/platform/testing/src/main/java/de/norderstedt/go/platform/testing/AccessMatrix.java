package de.norderstedt.go.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may call what, as one table a reviewer reads: a service's {@code AccessMatrixTest} lists a
 * {@link Row} per operation of its OpenAPI document; {@link #verify} calls the real service once per
 * row and {@link Caller}, with that caller's token, and compares each status with the row's. An
 * operation of the document without a row, or a row without an operation, fails the test: a new
 * endpoint cannot ship without its line in the table.
 *
 * <p>A row names the status of the callers that may (e.g. 200, 201, 204) and, where it is not the
 * default, of the others: 401 for {@link Caller#ANONYMOUS}, 403 for everyone else. Its
 * {@link Call} is made anew for every caller, so an operation that changes or deletes something
 * acts on a thing of its own each time (made by the row's setup, owned by {@link Caller#OWNER}).
 */
public final class AccessMatrix {

    /** Who calls. {@code OWNER} is the ambassador who owns the thing the row acts on (any ambassador where nothing is owned). */
    public enum Caller {
        ANONYMOUS, OWNER, OTHER_AMBASSADOR, CORE_TEAM, PROGRAMME_LEAD, MODERATOR, ADMIN;

        public static final Set<Caller> EVERYONE = Set.of(values());
        public static final Set<Caller> AMBASSADORS = Set.of(OWNER, OTHER_AMBASSADOR);
        public static final Set<Caller> PROGRAMME_TEAM = Set.of(CORE_TEAM, PROGRAMME_LEAD);
        public static final Set<Caller> SIGNED_IN = Set.of(OWNER, OTHER_AMBASSADOR, CORE_TEAM, PROGRAMME_LEAD, MODERATOR, ADMIN);
    }

    /**
     * One request: path (parameters filled in), an optional JSON or text body, extra headers, and
     * optionally the bearer token to send instead of the caller's ({@link #as}).
     */
    public record Call(String method, String path, Object body, String contentType, Map<String, String> headers, String bearer) {

        public static Call of(String method, String path) {
            return new Call(method, path, null, null, Map.of(), null);
        }

        public static Call of(String method, String path, Object jsonBody) {
            return new Call(method, path, jsonBody, "application/json", Map.of(), null);
        }

        public Call body(String contentType, Object body) {
            return new Call(method, path, body, contentType, headers, bearer);
        }

        /** An extra header. Not for {@code Authorization}: RestAssured would send it beside the caller's token; use {@link #as}. */
        public Call header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Call(method, path, body, contentType, more, bearer);
        }

        /**
         * Sent with {@code token} instead of the caller's token from {@link AccessMatrix#verify}: for a call that
         * needs an identity of its own each time (a first registration, a person who erases
         * themselves), made by the row's call function for that caller. {@link Caller#ANONYMOUS}
         * calls are sent without any token all the same.
         */
        public Call as(String token) {
            return new Call(method, path, body, contentType, headers, token);
        }
    }

    /** One line of the table. */
    public record Row(String method, String path, Map<Caller, Integer> expected, Function<Caller, Call> call) {

        String operation() {
            return method + " " + path;
        }
    }

    /** Starts a row for the operation {@code method path} as the API document writes it ({@code /api/ideas/{id}}). */
    public static Builder row(String method, String path) {
        return new Builder(method.toUpperCase(Locale.ROOT), path);
    }

    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** These callers get {@code status}. */
        public Builder expect(int status, Caller... callers) {
            for (Caller c : callers) {
                expected.put(c, status);
            }
            return this;
        }

        public Builder expect(int status, Set<Caller> callers) {
            return expect(status, callers.toArray(Caller[]::new));
        }

        /** The callers named nowhere else get {@code status} (instead of 401 anonymous, 403 signed in). */
        public Builder others(int status) {
            for (Caller c : Caller.values()) {
                expected.putIfAbsent(c, status);
            }
            return this;
        }

        /** The request, made anew for every caller; the row is complete. */
        public Row call(Function<Caller, Call> call) {
            Map<Caller, Integer> all = new EnumMap<>(expected);
            for (Caller c : Caller.values()) {
                all.putIfAbsent(c, c == Caller.ANONYMOUS ? 401 : 403);
            }
            return new Row(method, path, all, call);
        }

        /** The same request for every caller. */
        public Row call(Call call) {
            return call(c -> call);
        }
    }

    private AccessMatrix() {
    }

    /** The tokens of the callers: the two ambassadors' and a new person's per staff role. */
    public static Map<Caller, String> tokens(String ownerToken, String otherAmbassadorToken) {
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        tokens.put(Caller.OWNER, ownerToken);
        tokens.put(Caller.OTHER_AMBASSADOR, otherAmbassadorToken);
        tokens.put(Caller.CORE_TEAM, TestInfra.tokenForNewPerson(de.norderstedt.go.platform.security.Roles.CORE_TEAM));
        tokens.put(Caller.PROGRAMME_LEAD, TestInfra.tokenForNewPerson(de.norderstedt.go.platform.security.Roles.PROGRAMME_LEAD));
        tokens.put(Caller.MODERATOR, TestInfra.tokenForNewPerson(de.norderstedt.go.platform.security.Roles.MODERATOR));
        tokens.put(Caller.ADMIN, TestInfra.tokenForNewPerson(de.norderstedt.go.platform.security.Roles.ADMIN));
        return tokens;
    }

    /**
     * Checks that {@code rows} cover exactly the operations of the service's API document
     * ({@code /q/openapi} of the service RestAssured points at), then calls every row as every caller.
     * {@code tokens} holds a bearer token per signed-in caller; a {@link Call#as} token replaces it for that call.
     */
    public static void verify(List<Row> rows, Map<Caller, String> tokens) {
        Set<String> documented = documentedOperations();
        Set<String> listed = new LinkedHashSet<>();
        List<String> twice = new ArrayList<>();
        for (Row row : rows) {
            if (!listed.add(row.operation())) {
                twice.add(row.operation());
            }
        }
        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(listed);
        Set<String> withoutOperation = new TreeSet<>(listed);
        withoutOperation.removeAll(documented);
        assertEquals(List.of(), List.copyOf(withoutRow), "operations of the API document without a row in the access matrix");
        assertEquals(List.of(), List.copyOf(withoutOperation), "rows of the access matrix that the API document does not have");
        assertEquals(List.of(), twice, "operations with more than one row");

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-62s", "access matrix"));
        for (Caller c : Caller.values()) {
            table.append(String.format(" %-16s", c.name().toLowerCase(Locale.ROOT)));
        }
        table.append('\n');
        for (Row row : rows) {
            table.append(String.format("%-62s", row.operation()));
            for (Caller caller : Caller.values()) {
                int expected = row.expected().get(caller);
                Call call = row.call().apply(caller);
                String token = caller == Caller.ANONYMOUS ? null : call.bearer() != null ? call.bearer() : tokens.get(caller);
                Response response = send(call, token);
                int status = response.statusCode();
                table.append(String.format(" %-16s", status == expected ? Integer.toString(status) : status + " (not " + expected + ")"));
                if (status != expected) {
                    wrong.add(row.operation() + " as " + caller + " (" + call.method() + " " + call.path() + "): " + status
                            + " instead of " + expected + " " + abbreviated(response.asString()));
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        assertEquals(List.of(), wrong, "calls whose status differs from the access matrix");
    }

    private static Response send(Call call, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        call.headers().forEach(request::header);
        if (call.body() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        return request.request(call.method(), call.path());
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** "METHOD /path/{param}" of every operation in the service's OpenAPI document. */
    static Set<String> documentedOperations() {
        try {
            JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200).extract().asString());
            Set<String> operations = new TreeSet<>();
            Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
            return operations;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

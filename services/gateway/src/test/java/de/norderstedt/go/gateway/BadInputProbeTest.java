package de.norderstedt.go.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input probe: every operation of the merged OpenAPI document, through the gateway, with
 * the four real services behind it — each parameter and body field in turn replaced by hostile
 * values (NUL and control characters, broken UTF-16, huge and odd strings, numbers no column
 * holds, far dates, wrong JSON types, nulls in lists), malformed bodies and wrong content types,
 * anonymously, with a malformed token, as an ambassador and as staff. Nothing here is written per
 * endpoint: what the document says is what is probed. No answer may be a 5xx, and every 4xx must
 * be a problem document (RFC 9457). The public-write limit is raised for the run (a 429 would
 * still be a proper answer).
 */
@QuarkusTest
@TestProfile(BadInputProbeTest.RaisedLimits.class)
@WithTestResource(value = GoTestResource.class,
        initArgs = @ResourceArg(name = GoTestResource.SERVICES, value = "participants,ideas,workshops,roadmap"))
class BadInputProbeTest {

    public static class RaisedLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("go.gateway.rate-limit.requests", "1000000");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw:";

    /** Hostile texts, for strings, parameters and path segments alike. */
    private static final List<String> TEXTS = List.of("\u0000", "a\u0000b", "\u0001\u0008\u001b", "\u007f\u0085",
            "\ud800", "x\udc00y", "\uffff", "\u202eevil", "\ud83d\udca5", "e\u0301", "x".repeat(100_000), "", " ",
            "-1", "0", "2147483648", "99999999999999999999999", "-99999999999999999999", "1e999999999", "NaN",
            "Infinity", "+300000-01-01T00:00:00Z", "2026-13-45", "0000-00-00", "../../etc/passwd", "%00",
            "' OR 1=1 --", "<script>alert(1)</script>", "http://exa mple.org/a b", "javascript:alert(1)",
            Base64.getUrlEncoder().encodeToString("1e999999999\u001fnot-a-uuid".getBytes(StandardCharsets.UTF_8)),
            Base64.getUrlEncoder().encodeToString("+300000-01-01T00:00:00Z\u001f00000000-0000-0000-0000-000000000000"
                    .getBytes(StandardCharsets.UTF_8)));

    /** Hostile JSON values beyond strings: wrong types, numbers no column holds, nulls in lists. */
    /** Hostile texts for a path or query: the same, the long one at 3,000 characters (an HTTP request line ends at 4 KB). */
    private static final List<String> URL_TEXTS = TEXTS.stream().map(t -> t.length() > 3_000 ? t.substring(0, 3_000) : t).toList();

    private static final List<String> RAW_VALUES = List.of("1e999999999", "-1e999999999", "123456789012345678901234567890",
            "-1", "0.5", "true", "null", "{}", "[]", "[null]", "[[[[[[[[[[[]]]]]]]]]]]", "{\"a\":{\"b\":{\"c\":[null]}}}",
            "\"\\u0000\"", "\"\\ud800\"");

    private static final List<String> MALFORMED = List.of("{", "[]", "null", "\"x\"", "{\"a\":", "{\"a\":1}",
            "\"" + "y".repeat(1_000_000) + "\"", "");

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger tried = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private record Probe(String method, String path, String contentType, byte[] body, String identity, String token) {
    }

    @Test
    void noBadInputGetsA5xxAndEvery4xxIsAProblem() throws Exception {
        JsonNode document = JSON.readTree(URI.create(base() + "/openapi.json").toURL());
        String admin = TestInfra.tokenForNewPerson("admin", "programme-lead", "core-team", "moderator");
        String ambassador = TestAmbassadors.active("Paula Probe", true).token();
        List<Probe> probes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    probes.addAll(probesOf(document, method, path.getKey(), op.getValue(), admin, ambassador));
                }
            }
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        for (Probe probe : probes) {
            running.add(pool.submit(() -> send(probe)));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("bad-input probe: %d requests over %d operations in %d s; statuses %s%n", tried.get(),
                operations(document), (System.nanoTime() - started) / 1_000_000_000, new TreeMap<>(statuses));
        assertTrue(tried.get() >= 10_000, "the probe tried only " + tried.get() + " requests");
        assertEquals(List.of(), failures.subList(0, Math.min(50, failures.size())), failures.size() + " bad answers");
    }

    private List<Probe> probesOf(JsonNode document, String method, String template, JsonNode operation,
                                 String admin, String ambassador) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(document, p)));
        Map<String, String> pathValues = new TreeMap<>();
        Map<String, String> queryValues = new TreeMap<>();
        for (JsonNode p : parameters) {
            String value = plain(sample(document, p.path("schema"), 0));
            if ("path".equals(p.path("in").asText())) {
                pathValues.put(p.path("name").asText(), value);
            } else if ("query".equals(p.path("in").asText())) {
                queryValues.put(p.path("name").asText(), value);
            }
        }
        JsonNode content = resolve(document, operation.path("requestBody")).path("content");
        String contentType = content.isObject() && content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode bodySchema = contentType == null ? null : resolve(document, content.path(contentType).path("schema"));
        JsonNode body = bodySchema == null ? null : sample(document, bodySchema, 0);
        byte[] baseline = bytes(body, contentType);

        List<Probe> probes = new ArrayList<>();
        // The valid-looking request, in all four identities.
        String url = url(template, pathValues, queryValues);
        for (String[] who : new String[][]{{"anonymous", null}, {"malformed-token", "x.y.z"}, {"ambassador", ambassador}, {"staff", admin}}) {
            probes.add(new Probe(method, url, contentType, baseline, who[0], who[1]));
        }
        // Each parameter in turn.
        for (String name : pathValues.keySet()) {
            for (String hostile : URL_TEXTS) {
                Map<String, String> values = new TreeMap<>(pathValues);
                values.put(name, hostile);
                addBoth(probes, method, url(template, values, queryValues), contentType, baseline, admin, ambassador, hostile);
            }
        }
        for (String name : queryValues.keySet()) {
            for (String hostile : URL_TEXTS) {
                Map<String, String> values = new TreeMap<>(queryValues);
                values.put(name, hostile);
                addBoth(probes, method, url(template, pathValues, values), contentType, baseline, admin, ambassador, hostile);
            }
        }
        if (body == null) {
            return probes;
        }
        // Each body field in turn (nested ones too), with hostile strings and hostile JSON values.
        if (contentType.contains("json")) {
            for (List<String> field : fields(body, new ArrayList<>(), 0)) {
                for (String hostile : TEXTS) {
                    addBoth(probes, method, url, contentType, bytes(replaced(body, field, NODES.textNode(hostile)), contentType),
                            admin, ambassador, hostile);
                }
                for (String raw : RAW_VALUES) {
                    addBoth(probes, method, url, contentType, bytes(replaced(body, field, NODES.textNode(RAW + raw)), contentType),
                            admin, ambassador, raw);
                }
            }
        }
        // Malformed bodies and wrong content types.
        List<String> malformed = new ArrayList<>(MALFORMED);
        if (contentType.contains("csv")) {
            malformed.addAll(List.of("title,,action_field\na,b,LIVING\n", "title,text,title,action_field\na,b,c,LIVING\n",
                    "title,text,action_field\n", "title,text,action_field\nKarte\u0000,Text,LIVING\n",
                    "title,text,action_field\n\"" + "z".repeat(100_000) + ",x,LIVING\n", "\u0000\u0001\u0002binary"));
        }
        for (String raw : malformed) {
            probes.add(new Probe(method, url, contentType, raw.getBytes(StandardCharsets.UTF_8), "staff", admin));
            probes.add(new Probe(method, url, contentType, raw.getBytes(StandardCharsets.UTF_8), "anonymous", null));
        }
        probes.add(new Probe(method, url, contentType, new byte[]{(byte) 0xC3, (byte) 0x28, '"', '}'}, "staff", admin));
        for (String wrongType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            probes.add(new Probe(method, url, wrongType, baseline, "staff", admin));
        }
        return probes;
    }

    private static void addBoth(List<Probe> probes, String method, String url, String contentType, byte[] body,
                                String admin, String ambassador, String hostile) {
        probes.add(new Probe(method, url, contentType, body, "anonymous", null));
        probes.add(new Probe(method, url, contentType, body, "staff", admin));
        // The ambassador gets a share: every other hostile value.
        if ((hostile.hashCode() & 1) == 0) {
            probes.add(new Probe(method, url, contentType, body, "ambassador", ambassador));
        }
    }

    private void send(Probe probe) {
        String target = base() + probe.path();
        HttpRequest.BodyPublisher publisher = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(probe.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                .method(probe.method(), publisher);
        if (probe.body() != null && probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        if (probe.token() != null) {
            request.header("Authorization", "Bearer " + probe.token());
        }
        tried.incrementAndGet();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
                failures.add(describe(probe) + " -> " + status + " " + type + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        } catch (Exception e) {
            failures.add(describe(probe) + " -> " + e);
        }
    }

    private static String describe(Probe probe) {
        String body = probe.body() == null ? "" : new String(probe.body(), StandardCharsets.UTF_8);
        String path = probe.path().length() > 200 ? probe.path().substring(0, 200) + "…" : probe.path();
        return probe.method() + " " + path + " [" + probe.identity() + ", " + probe.contentType() + "] "
                + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }

    private String base() {
        return gateway.toString().replaceAll("/$", "");
    }

    private static int operations(JsonNode document) {
        int n = 0;
        for (JsonNode path : document.path("paths")) {
            n += path.size();
        }
        return n;
    }

    private static String url(String template, Map<String, String> pathValues, Map<String, String> queryValues) {
        String path = template;
        for (Map.Entry<String, String> p : pathValues.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", encode(p.getValue()));
        }
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> q : queryValues.entrySet()) {
            url.append(separator).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        for (int depth = 0; node.has("$ref") && depth < 10; depth++) {
            node = document.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    /** A valid-looking value of a schema: what a careful client would send. */
    private static JsonNode sample(JsonNode document, JsonNode schema, int depth) {
        schema = resolve(document, schema);
        for (String combined : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(combined)) {
                JsonNode resolved = resolve(document, part);
                if (!"null".equals(resolved.path("type").asText())) {
                    return sample(document, resolved, depth);
                }
            }
        }
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").isArray() ? firstType(schema.path("type")) : schema.path("type").asText("");
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(document, p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(document, schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(schema.path("minimum").asLong(1));
            }
            case "number" -> {
                return NODES.numberNode(schema.path("minimum").asDouble(1));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2031-09-23";
                    case "date-time" -> "2031-09-23T18:00:00+02:00";
                    case "email" -> "probe-" + UUID.randomUUID() + "@example.org";
                    case "uri", "url" -> "https://example.org/x";
                    default -> "Probe";
                });
            }
        }
    }

    private static String firstType(JsonNode types) {
        for (JsonNode t : types) {
            if (!"null".equals(t.asText())) {
                return t.asText();
            }
        }
        return "";
    }

    private static String plain(JsonNode value) {
        return value.isValueNode() ? value.asText() : "x";
    }

    /** Every field of a sample body, as paths of names (indexes as "0"), up to three levels deep. */
    private static List<List<String>> fields(JsonNode node, List<String> at, int depth) {
        List<List<String>> all = new ArrayList<>();
        if (depth > 3) {
            return all;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                List<String> here = new ArrayList<>(at);
                here.add(f.getKey());
                all.add(here);
                all.addAll(fields(f.getValue(), here, depth + 1));
            });
        } else if (node.isArray() && node.size() > 0) {
            List<String> here = new ArrayList<>(at);
            here.add("0");
            all.add(here);
            all.addAll(fields(node.get(0), here, depth + 1));
        }
        return all;
    }

    private static JsonNode replaced(JsonNode body, List<String> field, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < field.size() - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(field.get(i))) : parent.get(field.get(i));
        }
        String last = field.get(field.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static byte[] bytes(JsonNode body, String contentType) {
        if (body == null) {
            return null;
        }
        if (contentType != null && contentType.contains("csv")) {
            return "title,text,action_field\nProbe,Probe,LIVING\n".getBytes(StandardCharsets.UTF_8);
        }
        try {
            String json = JSON.writeValueAsString(body);
            // Hostile raw JSON values were carried as marked strings; put them in unquoted.
            json = json.replaceAll("\"" + java.util.regex.Pattern.quote(RAW) + "((?:[^\"\\\\]|\\\\.)*)\"",
                    "@@RAWSTART@@$1@@RAWEND@@");
            StringBuilder out = new StringBuilder();
            int from = 0;
            for (int start; (start = json.indexOf("@@RAWSTART@@", from)) >= 0; ) {
                int end = json.indexOf("@@RAWEND@@", start);
                out.append(json, from, start);
                out.append(JSON.readValue("\"" + json.substring(start + 12, end) + "\"", String.class));
                from = end + 10;
            }
            out.append(json.substring(from));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

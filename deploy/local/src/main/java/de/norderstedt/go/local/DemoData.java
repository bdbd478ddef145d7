package de.norderstedt.go.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.infra.ServiceProcess;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads demo data through the public API, as the people of the programme would have entered it,
 * so that every record also produces its events. Each file in deploy/local/demo is a list of
 * requests: {@code as} (a role from the printed tokens), {@code method}, {@code path}, {@code body},
 * (or {@code csv}: a file beside it, sent as text/csv), the {@code expect}ed statuses, and
 * {@code save} to keep a field of the answer for later
 * {@code ${name}} placeholders, and {@code retryFor} (seconds) where the request depends on what
 * a service learns from another's events. Files run in name order.
 */
final class DemoData {

    static final String DEMO_AMBASSADOR_SUBJECT = "demo-ambassador";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_-]+)}");

    private final Path directory;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, String> tokens;
    private final Map<String, String> saved = new HashMap<>();

    DemoData(Path directory, List<ServiceProcess.Spec> services, Map<String, String> tokens) {
        this.directory = directory;
        this.tokens = tokens;
        services.forEach(s -> ports.put(s.name(), s.port()));
    }

    void load() throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode steps = JSON.readTree(file.toFile()).path("steps");
            int done = 0;
            for (JsonNode step : steps) {
                run(file, step);
                done++;
            }
            System.out.println("  " + file.getFileName() + ": " + done + " requests");
        }
    }

    private void run(Path file, JsonNode step) throws IOException, InterruptedException {
        String path = substitute(step.path("path").asText());
        String service = path.split("/")[2];
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalStateException(file + ": no running service for " + path);
        }
        String body = step.has("body") ? substitute(JSON.writeValueAsString(step.get("body"))) : null;
        String contentType = "application/json";
        if (step.has("csv")) {
            body = Files.readString(directory.resolve(step.path("csv").asText()));
            contentType = "text/csv; charset=UTF-8";
        }
        String role = step.path("as").asText("");
        String token = null;
        if (!role.isEmpty()) {
            token = tokens.get(role);
            if (token == null) {
                throw new IllegalStateException(file + ": unknown role " + role);
            }
        }
        HttpRequest request = Http.request(step.path("method").asText("GET"), "http://127.0.0.1:" + port + path, token, contentType, body)
                .header("Accept", "application/json").build();
        long deadline = System.nanoTime() + step.path("retryFor").asLong(0) * 1_000_000_000L;
        HttpResponse<String> response = Http.send(request);
        boolean expected = expected(step, response);
        while (!expected && System.nanoTime() < deadline) {
            // What another service learns from an event arrives a moment later: ask again.
            Thread.sleep(500);
            response = Http.send(request);
            expected = expected(step, response);
        }
        if (!expected) {
            throw new IllegalStateException(file.getFileName() + ": " + step.path("method").asText() + " " + path
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        String answer = response.body();
        step.path("save").fields().forEachRemaining(save -> {
            try {
                saved.put(save.getKey(), JSON.readTree(answer).path(save.getValue().asText()).asText());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static boolean expected(JsonNode step, HttpResponse<String> response) {
        for (JsonNode status : step.path("expect")) {
            if (status.asInt() == response.statusCode()) {
                return true;
            }
        }
        return false;
    }

    private String substitute(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = saved.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("${" + matcher.group(1) + "} was not saved by an earlier step");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

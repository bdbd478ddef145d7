package de.norderstedt.go.participants.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.participants.config.ParticipantsConfig;
import de.norderstedt.go.platform.calls.ServiceToken;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The other services' part of a person's export, asked live: {@code GET <url>/api/<name>/internal/people/<id>/data}
 * of every source in {@code go.participants.export-sources}, with this service's own token (role
 * {@code service}), all at once, each cut off after {@code go.participants.export-timeout}. Only the
 * participant id crosses, never an address. If any source cannot answer, there is no export (503):
 * an incomplete one is not offered as if it were everything.
 */
@ApplicationScoped
public class PersonalDataSources {

    private static final Logger LOG = Logger.getLogger(PersonalDataSources.class);
    /** The export's own fields, which a section must not overwrite. */
    private static final Set<String> RESERVED = Set.of("profile", "consents", "mails", "note");

    private final ParticipantsConfig config;
    private final ServiceToken token;
    private final ObjectMapper mapper;
    private final HttpClient http;
    /** Source name to base URL (without a trailing slash), in name order. */
    private final Map<String, String> sources = new TreeMap<>();

    public PersonalDataSources(ParticipantsConfig config, ServiceToken token, ObjectMapper mapper) {
        this.config = config;
        this.token = token;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.exportTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        config.exportSources().forEach((name, url) -> {
            if (!name.matches("[a-z][a-z0-9-]*") || RESERVED.contains(name)) {
                throw new IllegalStateException("go.participants.export-sources: '" + name + "' is not a service name");
            }
            String base = url.strip().endsWith("/") ? url.strip().substring(0, url.strip().length() - 1) : url.strip();
            URI uri = URI.create(base);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalStateException("go.participants.export-sources." + name + ": '" + url + "' is not an http(s) URL");
            }
            sources.put(name, base);
        });
    }

    /** The names of the services whose sections the export holds, in name order. */
    public List<String> names() {
        return List.copyOf(sources.keySet());
    }

    /** Every source's section about the participant, by source name in name order; 503 when one cannot answer. */
    public Map<String, JsonNode> sectionsOf(UUID participantId) {
        if (sources.isEmpty()) {
            return Map.of();
        }
        String authorization = token.authorization();
        Map<String, CompletableFuture<HttpResponse<String>>> calls = new LinkedHashMap<>();
        sources.forEach((name, base) -> calls.put(name, http.sendAsync(request(name, base, participantId, authorization),
                HttpResponse.BodyHandlers.ofString())));
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, CompletableFuture<HttpResponse<String>>> call : calls.entrySet()) {
                sections.put(call.getKey(), section(call.getKey(), call.getValue()));
            }
        } finally {
            calls.values().forEach(c -> c.cancel(true));
        }
        return sections;
    }

    private HttpRequest request(String name, String base, UUID participantId, String authorization) {
        return HttpRequest.newBuilder(URI.create(base + "/api/" + name + "/internal/people/" + participantId + "/data"))
                .timeout(config.exportTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private JsonNode section(String name, CompletableFuture<HttpResponse<String>> call) {
        try {
            // The request's own timeout ends it; this bound only guards against a call that never settles.
            HttpResponse<String> response = call.get(config.exportTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                LOG.warnf("export source %s answered %d", name, response.statusCode());
                throw unavailable(name);
            }
            JsonNode section = mapper.readTree(response.body());
            if (section == null || !section.isObject()) {
                LOG.warnf("export source %s answered something that is not a JSON object", name);
                throw unavailable(name);
            }
            return section;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(name);
        } catch (ExecutionException | TimeoutException | IOException e) {
            LOG.warnf("export source %s cannot be asked: %s", name, e.toString());
            throw unavailable(name);
        }
    }

    private static ProblemException unavailable(String name) {
        return new ProblemException(ProblemType.UNAVAILABLE,
                "The export cannot be complete right now: the " + name + " service does not answer; try again shortly");
    }
}

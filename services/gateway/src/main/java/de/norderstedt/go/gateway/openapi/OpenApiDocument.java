package de.norderstedt.go.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.norderstedt.go.gateway.config.GatewayConfig;
import de.norderstedt.go.gateway.downstream.DownstreamClient;
import io.quarkus.runtime.StartupEvent;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OpenAPI 3.1 document for the whole API, merged from the services' own documents with
 * swagger-parser's model: paths under the gateway prefixes, schema names made unique where two
 * services mean different things by one name, tags and operation ids per service. Fetched again
 * periodically; a service that is down keeps its last known part, one that comes back is merged in.
 */
@ApplicationScoped
public class OpenApiDocument {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class);

    private final GatewayConfig config;
    private final DownstreamClient http;
    private final Map<String, String> lastKnown = new TreeMap<>();
    private volatile String json;
    private volatile String yaml;

    public OpenApiDocument(GatewayConfig config, DownstreamClient http) {
        this.config = config;
        this.http = http;
    }

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        scheduleRefresh(vertx, 0);
    }

    /** Every few seconds while a service's document is missing (services start after the gateway), then at the configured pace. */
    private void scheduleRefresh(Vertx vertx, long delayMs) {
        vertx.setTimer(Math.max(1, delayMs), id -> vertx.executeBlocking(() -> {
            refresh();
            return null;
        }, false).onComplete(done -> scheduleRefresh(vertx,
                services().size() < config.routes().size() ? 3_000 : config.openapiRefresh().toMillis())));
    }

    /** Fetches every service's document; rebuilds the merged one when any changed. */
    public synchronized void refresh() {
        boolean changed = false;
        for (var route : config.routes().entrySet()) {
            try {
                HttpResponse<String> response = http.get(URI.create(route.getValue().url() + "/q/openapi?format=json"),
                        Duration.ofSeconds(5));
                if (response.statusCode() == 200 && !response.body().equals(lastKnown.get(route.getKey()))) {
                    lastKnown.put(route.getKey(), response.body());
                    changed = true;
                }
            } catch (IOException e) {
                LOG.debugf("API document of %s not available: %s", route.getKey(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (changed || json == null) {
            OpenAPI merged = merge(new LinkedHashMap<>(lastKnown));
            json = Json31.pretty(merged);
            yaml = Yaml31.pretty(merged);
        }
    }

    /** The services merged into one model. */
    OpenAPI merge(Map<String, String> documents) {
        OpenAPI merged = new OpenAPI(SpecVersion.V31).openapi("3.1.0")
                .info(new Info().title("Norderstedt GO! API").version("1.0.0")
                        .description("The whole HTTP API of the Norderstedt GO! backend behind one gateway: participants, ideas, "
                                + "workshops and roadmap. Errors are RFC 9457 problem documents (application/problem+json)."))
                .servers(List.of(new Server().url(config.publicUrl().toString())))
                .paths(new Paths()).components(new Components().schemas(new LinkedHashMap<>()).securitySchemes(new LinkedHashMap<>()));
        ObjectMapper mapper = Json31.mapper();
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        List<Tag> tags = new ArrayList<>();
        for (var entry : documents.entrySet()) {
            String service = entry.getKey();
            try {
                ObjectNode doc = (ObjectNode) mapper.readTree(entry.getValue());
                dropInternal(service, doc);
                Map<String, String> renamed = uniqueSchemaNames(service, doc, schemas);
                rewriteRefs(doc, renamed);
                prefixTagsAndOperations(service, doc);
                ParseOptions options = new ParseOptions();
                options.setResolve(false);
                OpenAPI part = new OpenAPIV3Parser().readContents(mapper.writeValueAsString(doc), null, options).getOpenAPI();
                if (part == null) {
                    LOG.warnf("API document of %s could not be read", service);
                    continue;
                }
                if (part.getPaths() != null) {
                    part.getPaths().forEach(merged.getPaths()::addPathItem);
                }
                if (part.getComponents() != null) {
                    if (part.getComponents().getSchemas() != null) {
                        part.getComponents().getSchemas().forEach(merged.getComponents().getSchemas()::putIfAbsent);
                    }
                    if (part.getComponents().getSecuritySchemes() != null) {
                        part.getComponents().getSecuritySchemes().forEach(merged.getComponents().getSecuritySchemes()::putIfAbsent);
                    }
                }
                if (part.getTags() != null) {
                    tags.addAll(part.getTags());
                }
            } catch (IOException | ClassCastException e) {
                LOG.warnf("API document of %s skipped: %s", service, e.getMessage());
            }
        }
        merged.setTags(tags);
        return merged;
    }

    /** Keeps a schema's name when it is new or means the same; otherwise prefixes it with the service. */
    private static Map<String, String> uniqueSchemaNames(String service, ObjectNode doc, Map<String, JsonNode> seen) {
        Map<String, String> renamed = new LinkedHashMap<>();
        JsonNode schemas = doc.path("components").path("schemas");
        if (!(schemas instanceof ObjectNode own)) {
            return renamed;
        }
        ObjectNode replacement = own.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode known = seen.get(name);
            if (known != null && !known.equals(e.getValue())) {
                String unique = capitalize(service) + name;
                for (int i = 2; seen.containsKey(unique) && !seen.get(unique).equals(e.getValue()); i++) {
                    unique = capitalize(service) + name + i;
                }
                renamed.put(name, unique);
                name = unique;
            }
            seen.putIfAbsent(name, e.getValue());
            replacement.set(name, e.getValue());
        }
        ((ObjectNode) doc.get("components")).set("schemas", replacement);
        return renamed;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                String target = ref.asText().substring("#/components/schemas/".length());
                if (renamed.containsKey(target)) {
                    object.set("$ref", TextNode.valueOf("#/components/schemas/" + renamed.get(target)));
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        }
    }

    /**
     * The gateway routes only /api/<service>/** and never /api/<service>/internal/** (calls between
     * services, operators' endpoints; see InternalPaths): those operations, and anything outside the
     * prefix, are not part of the public document, nor are the internal tags.
     */
    private static void dropInternal(String service, ObjectNode doc) {
        String prefix = "/api/" + service;
        String internal = prefix + "/internal";
        if (doc.path("paths") instanceof ObjectNode paths) {
            List<String> notRouted = new ArrayList<>();
            paths.fieldNames().forEachRemaining(path -> {
                boolean routed = path.equals(prefix) || path.startsWith(prefix + "/");
                boolean isInternal = path.equals(internal) || path.startsWith(internal + "/");
                if (!routed || isInternal) {
                    notRouted.add(path);
                }
            });
            paths.remove(notRouted);
        }
        if (doc.path("tags") instanceof ArrayNode tags) {
            for (int i = tags.size() - 1; i >= 0; i--) {
                if (tags.get(i).path("name").asText().endsWith("(internal)")) {
                    tags.remove(i);
                }
            }
        }
    }

    /** Tags become "participants · Ambassadors"; operation ids "participants_<id>", unique across services. */
    private static void prefixTagsAndOperations(String service, ObjectNode doc) {
        String tagPrefix = service + " · ";
        if (doc.path("tags") instanceof ArrayNode tags) {
            tags.elements().forEachRemaining(t -> ((ObjectNode) t).put("name", tagPrefix + t.path("name").asText()));
        }
        if (doc.path("paths") instanceof ObjectNode paths) {
            paths.elements().forEachRemaining(item -> item.elements().forEachRemaining(op -> {
                if (!(op instanceof ObjectNode operation) || !operation.has("responses")) {
                    return;
                }
                ArrayNode tags = operation.has("tags") ? (ArrayNode) operation.get("tags") : operation.putArray("tags");
                if (tags.isEmpty()) {
                    tags.add(service);
                } else {
                    for (int i = 0; i < tags.size(); i++) {
                        tags.set(i, TextNode.valueOf(tagPrefix + tags.get(i).asText()));
                    }
                }
                if (operation.hasNonNull("operationId")) {
                    operation.put("operationId", service + "_" + operation.get("operationId").asText());
                }
            }));
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The services whose documents are part of the merged one. */
    public synchronized List<String> services() {
        return List.copyOf(lastKnown.keySet());
    }

    public void serveJson(RoutingContext rc) {
        if (json == null) {
            refresh();
        }
        rc.response().putHeader("Content-Type", "application/json").end(json);
    }

    public void serveYaml(RoutingContext rc) {
        if (yaml == null) {
            refresh();
        }
        rc.response().putHeader("Content-Type", "application/yaml").end(yaml);
    }
}

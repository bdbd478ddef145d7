package de.norderstedt.go.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.norderstedt.go.platform.model.Times;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Keeps docs/events/asyncapi.yaml and the event records of this package from drifting apart. The
 * records are what goes on the wire, so where the two disagree the document is what gets fixed.
 *
 * <p>For every type of {@link EventCatalog}: it is documented exactly once, on its topic's channel;
 * the schema of its {@code data} declares exactly the record's components; a sample with every
 * component set, and one with every nullable component null, wrapped in the envelope the way
 * {@code Outbox} does it, are valid against the message's payload schema; a component the
 * producers never leave null is required and not nullable; and what a consumer reads back (the
 * way {@code TopicConsumer} does) is what was sent. A plain JUnit test: no Quarkus, no Kafka.
 */
class EventSchemaTest {

    private static final Path DOCUMENT = locate("docs/events/asyncapi.yaml");
    private static final JsonNode ASYNCAPI = readYaml(DOCUMENT);

    /** Configured like Quarkus's ObjectMapper: java.time as ISO strings, and nulls are written. */
    private static final ObjectMapper PRODUCER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Like TopicConsumers: a newer producer may add fields an older consumer does not know. */
    private static final ObjectMapper CONSUMER = PRODUCER.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * AsyncAPI 3.0's default schema format is a superset of JSON Schema draft 07, so payloads are
     * validated as draft 07 (the validator supports 2020-12 too; this document does not use it).
     */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final Map<String, Schema> PAYLOADS = new ConcurrentHashMap<>();

    private static final Instant SAMPLE_TIME = Instant.parse("2026-05-04T10:15:30.123456Z");
    private static final String SAMPLE_SUBJECT = "7d4f1f0e-4c3b-4a8e-9f57-2b1f6c0d9e21";
    private static final List<String> COMBINATORS = List.of("allOf", "anyOf", "oneOf");

    /**
     * The record components the producers can leave null ({@code Events.Record.component}). A
     * record does not say which of its components may be null, the services' code does (read from
     * the publishers in services/X/.../messaging and what they are fed); every component not listed
     * here is never null on the wire. A producer that starts sending null must add it here, and
     * then the document must say {@code type: [x, 'null']}.
     */
    private static final Set<String> NULLABLE = Set.of(
            "ParticipantEvents.PublicProfile.displayName",   // only if the person shows it publicly
            "IdeaEvents.Idea.workshopId",                    // only cards from a workshop have one
            "IdeaEvents.Idea.workshopGroup",                 // optional even on workshop cards
            "IdeaEvents.Idea.classification",                // until the idea is classified
            "IdeaEvents.StatusChanged.from",                 // null when an idea is merged
            "IdeaEvents.StatusChanged.reason",               // optional
            "IdeaEvents.CommentChanged.parentId",            // only replies have a parent
            "IdeaEvents.Assessed.withinInfluence",           // null while no reviewer said either way
            "IdeaEvents.Assessed.recommendedHorizon",        // null while no reviewer recommended one
            "IdeaEvents.Classified.score",                   // the idea's score column is nullable
            "WorkshopEvents.Workshop.venueName",             // online workshops have none
            "WorkshopEvents.Changed.reason",                 // only a cancellation has one
            "RoadmapEvents.Goal.description",                // optional
            "RoadmapEvents.Version.basedOnVersionId",        // the first version is based on none
            "RoadmapEvents.Version.resolution",              // until the council adopts the version
            "RoadmapEvents.Measure.description",             // optional
            "RoadmapEvents.Measure.plannedStart",            // optional
            "RoadmapEvents.Measure.plannedEnd",              // optional
            "RoadmapEvents.Measure.parentMeasureId",         // top-level measures have no parent
            "RoadmapEvents.MeasureProgressed.title",         // null if the newest plan has no title for it
            "RoadmapEvents.Phase.plannedStart",              // the four phase dates are maintained
            "RoadmapEvents.Phase.plannedEnd",                // through the API and start out empty
            "RoadmapEvents.Phase.actualStart",
            "RoadmapEvents.Phase.actualEnd");

    @TestFactory
    Stream<DynamicContainer> everyEventTypeMatchesItsDocumentedSchema() {
        return EventCatalog.all().stream().map(type -> dynamicContainer(type.type(), Stream.of(
                check(type, "is documented once, on the channel of " + type.topic(), () -> documentedOnItsChannel(type)),
                check(type, "the schema declares exactly the record's components", () -> declaresExactlyTheComponents(type)),
                check(type, "a sample with every component set is valid", () -> assertValid(type, sample(type, false))),
                check(type, "a sample with every nullable component null is valid", () -> assertValid(type, sample(type, true))),
                check(type, "what is never null is required and not nullable", () -> neverNullIsRequired(type)),
                check(type, "a consumer reads back what was sent", () -> {
                    readsBackWhatWasSent(type, sample(type, false));
                    readsBackWhatWasSent(type, sample(type, true));
                }))));
    }

    /** Surefire names dynamic tests by their index only, so every failure starts with the type and the check. */
    private static DynamicTest check(EventType<?> type, String name, Executable check) {
        return dynamicTest(name, () -> {
            try {
                check.execute();
            } catch (AssertionFailedError e) {
                throw new AssertionFailedError(type.type() + " " + name + ": " + e.getMessage(), e);
            } catch (Throwable e) {
                throw new AssertionFailedError(type.type() + " " + name + ": " + e, e);
            }
        });
    }

    /** A message nobody sends is a promise the code does not keep. */
    @Test
    void everyDocumentedMessageIsAKnownEventType() {
        Set<String> known = EventCatalog.all().stream().map(EventType::type).collect(Collectors.toSet());
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, JsonNode> message : ASYNCAPI.path("components").path("messages").properties()) {
            String name = resolved(message.getValue()).path("name").asText();
            if (!known.contains(name)) {
                stale.add("components.messages." + message.getKey() + " (name: " + name + ")");
            }
        }
        assertTrue(stale.isEmpty(), () -> "documented in " + DOCUMENT + " but not an event type of EventCatalog:\n  "
                + String.join("\n  ", stale));
    }

    /** NULLABLE names components by hand; a renamed or removed one must not linger there. */
    @Test
    void theNullableComponentsExist() {
        Map<String, Class<?>> components = new TreeMap<>();
        EventCatalog.all().forEach(type -> collectComponents(type.dataClass(), components));
        for (String name : NULLABLE) {
            assertTrue(components.containsKey(name), () -> "NULLABLE names " + name + ", which is no event record component");
            assertFalse(components.get(name).isPrimitive(), () -> "NULLABLE names " + name + ", a primitive, which is never null");
        }
    }

    // ---- the checks per event type ----

    private static void documentedOnItsChannel(EventType<?> type) {
        message(type);
        List<String> onTopic = new ArrayList<>();
        List<String> listing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> channel : ASYNCAPI.path("channels").properties()) {
            if (type.topic().equals(channel.getValue().path("address").asText())) {
                onTopic.add(channel.getKey());
            }
            boolean lists = channel.getValue().path("messages").properties().stream()
                    .anyMatch(m -> type.type().equals(resolved(m.getValue()).path("name").asText()));
            if (lists) {
                listing.add(channel.getKey());
            }
        }
        assertEquals(1, onTopic.size(), () -> "channels with address " + type.topic() + ": " + onTopic);
        assertEquals(onTopic, listing, () -> type.type() + " is published on " + type.topic()
                + ", so channel " + onTopic + " and no other must list it; listed by " + listing);
    }

    /** Both ways: nothing documented that the record lacks, nothing sent that is undocumented. */
    private static void declaresExactlyTheComponents(EventType<?> type) {
        List<String> problems = new ArrayList<>();
        compareRecord(type.dataClass(), dataSchemas(type), "data", problems);
        assertTrue(problems.isEmpty(), () -> "the data schema of " + type.type() + " and " + name(type.dataClass())
                + " differ:\n  " + String.join("\n  ", problems));
    }

    private static void assertValid(EventType<?> type, Object data) throws IOException {
        JsonNode sent = PRODUCER.readTree(wire(type, data));
        List<String> violations = violations(type, sent);
        assertTrue(violations.isEmpty(), () -> "the document rejects what " + name(type.dataClass()) + " sends:\n  "
                + String.join("\n  ", violations) + "\nsent: " + sent);
    }

    /**
     * For each component the producers never leave null (NULLABLE does not list it), the schema
     * must reject the full sample with that component set to null, and with it missing: the
     * document then promises consumers exactly what they get.
     */
    private static void neverNullIsRequired(EventType<?> type) throws IOException {
        String wire = wire(type, sample(type, false));
        List<ComponentAt> components = new ArrayList<>();
        collectPointers(type.dataClass(), "/data", components);
        List<String> problems = new ArrayList<>();
        for (ComponentAt component : components) {
            if (component.nullable()) {
                continue;
            }
            ObjectNode withNull = (ObjectNode) PRODUCER.readTree(wire);
            ((ObjectNode) withNull.at(component.parent())).putNull(component.name());
            if (violations(type, withNull).isEmpty()) {
                problems.add(component.pointer() + " (" + component.qualified() + ") is never null, but the schema allows null");
            }
            ObjectNode without = (ObjectNode) PRODUCER.readTree(wire);
            ((ObjectNode) without.at(component.parent())).remove(component.name());
            if (violations(type, without).isEmpty()) {
                problems.add(component.pointer() + " (" + component.qualified() + ") is always sent, but the schema does not require it");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /**
     * Decoded the way TopicConsumer does it: the envelope, then its data as the type's record.
     * Compared as values (see {@link #comparable}): Jackson reads an OffsetDateTime back in UTC
     * and a decimal through a double node, so offset and trailing zeros are not kept, the
     * instant and the number are.
     */
    private static void readsBackWhatWasSent(EventType<?> type, Object sent) throws Exception {
        CloudEvent event = CONSUMER.readValue(wire(type, sent), CloudEvent.class);
        assertEquals(type.type(), event.type());
        Object received = CONSUMER.treeToValue(event.data(), type.dataClass());
        assertEquals(comparable(sent), comparable(received), () -> name(type.dataClass()) + " after the round trip");
    }

    // ---- the wire ----

    /** What the outbox writes: the data as a tree in a CloudEvent, serialized by the service's mapper. */
    private static String wire(EventType<?> type, Object data) throws IOException {
        CloudEvent event = CloudEvent.of(Topics.ownerSource(type.topic()), type.type(), SAMPLE_SUBJECT, PRODUCER.valueToTree(data));
        return PRODUCER.writeValueAsString(event);
    }

    /** The payload schema's complaints about {@code envelope}, with formats (uuid, date, date-time) asserted. */
    private static List<String> violations(EventType<?> type, JsonNode envelope) {
        Schema schema = PAYLOADS.computeIfAbsent(type.type(), t -> SCHEMAS.getSchema(payloadSchema(type)));
        return schema.validate(envelope, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    // ---- samples ----

    /** The type's data record, every component set, or with {@code nullablesNull} the NULLABLE ones null. */
    private static Object sample(EventType<?> type, boolean nullablesNull) {
        return sample(type.dataClass(), dataSchemas(type), "data", nullablesNull);
    }

    /**
     * A plausible value of {@code type}. A string gets the first value of an {@code enum} the
     * document declares for it, as those strings are Java enum names in the services (enums this
     * module cannot see); other strings get a text.
     */
    private static Object sample(Type type, List<JsonNode> schemas, String path, boolean nullablesNull) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return sampleRecord(raw, schemas, path, nullablesNull);
        } else if (raw == String.class) {
            return sampleText(schemas, path);
        } else if (raw == UUID.class) {
            return UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8));
        } else if (raw == Instant.class) {
            return SAMPLE_TIME;
        } else if (raw == OffsetDateTime.class) {
            return Times.berlin(SAMPLE_TIME); // as the workshops service sends its times
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 5, 4);
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("2.50"); // numeric columns come with their scale, trailing zeros included
        } else if (raw == int.class || raw == Integer.class) {
            return 3;
        } else if (raw == long.class || raw == Long.class) {
            return 3L;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == double.class || raw == Double.class) {
            return 2.5;
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw == List.class || raw == Collection.class) {
            return List.of(sample(typeArgument(type, 0), keyword(schemas, "items"), path + "[0]", nullablesNull));
        } else if (raw == Set.class) {
            return Set.of(sample(typeArgument(type, 0), keyword(schemas, "items"), path + "[0]", nullablesNull));
        } else if (raw == Map.class) {
            return Map.of("key", sample(typeArgument(type, 1), keyword(schemas, "additionalProperties"), path + ".key", nullablesNull));
        }
        throw new AssertionError("no sample value for " + type.getTypeName() + " at " + path
                + "; teach EventSchemaTest.sample(...) this type");
    }

    private static Object sampleRecord(Class<?> record, List<JsonNode> schemas, String path, boolean nullablesNull) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            values[i] = nullablesNull && NULLABLE.contains(qualified(record, c)) ? null
                    : sample(c.getGenericType(), property(schemas, c.getName()), path + "." + c.getName(), nullablesNull);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return record.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + record.getName(), e);
        }
    }

    private static String sampleText(List<JsonNode> schemas, String path) {
        for (JsonNode schema : schemas) {
            if (schema.path("const").isTextual()) {
                return schema.get("const").asText();
            }
            for (JsonNode value : schema.path("enum")) {
                if (value.isTextual()) {
                    return value.asText();
                }
            }
        }
        return "sample " + path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * Values to compare a record by: records as maps of their components; an OffsetDateTime as
     * its instant and a BigDecimal without trailing zeros (what survives the reading, see
     * {@link #readsBackWhatWasSent}); collections element by element.
     */
    private static Object comparable(Object value) throws ReflectiveOperationException {
        if (value instanceof Record record) {
            Map<String, Object> components = new LinkedHashMap<>();
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                components.put(c.getName(), comparable(c.getAccessor().invoke(record)));
            }
            return components;
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object element : list) {
                out.add(comparable(element));
            }
            return out;
        } else if (value instanceof Set<?> set) {
            Set<Object> out = new HashSet<>();
            for (Object element : set) {
                out.add(comparable(element));
            }
            return out;
        } else if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(e.getKey(), comparable(e.getValue()));
            }
            return out;
        } else if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        } else if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value;
    }

    // ---- records: structure and components ----

    private static void compareRecord(Class<?> record, List<JsonNode> schemas, String path, List<String> problems) {
        Set<String> documented = declaredProperties(schemas);
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String property : documented) {
            if (!components.contains(property)) {
                problems.add(path + "." + property + " is documented, but " + name(record) + " has no such component");
            }
        }
        for (String component : components) {
            if (!documented.contains(component)) {
                problems.add(path + "." + component + " is sent (" + name(record) + "), but not documented");
            }
        }
        for (RecordComponent c : record.getRecordComponents()) {
            List<JsonNode> property = property(schemas, c.getName());
            if (!property.isEmpty()) {
                compareNested(c.getGenericType(), property, path + "." + c.getName(), problems);
            }
        }
    }

    /** Into records, also as elements of lists and sets or values of maps. */
    private static void compareNested(Type type, List<JsonNode> schemas, String path, List<String> problems) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            compareRecord(raw, schemas, path, problems);
        } else if (Collection.class.isAssignableFrom(raw)) {
            compareNested(typeArgument(type, 0), keyword(schemas, "items"), path + "[]", problems);
        } else if (Map.class.isAssignableFrom(raw)) {
            compareNested(typeArgument(type, 1), keyword(schemas, "additionalProperties"), path + "{}", problems);
        }
    }

    /** One component of the full sample on the wire: where it is, and whether it may be null. */
    private record ComponentAt(String parent, String name, String qualified, boolean nullable) {
        String pointer() {
            return parent + "/" + name;
        }
    }

    /** The JSON pointers of every component in the full sample (lists have their one element at 0). */
    private static void collectPointers(Type type, String pointer, List<ComponentAt> out) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                String qualified = qualified(raw, c);
                out.add(new ComponentAt(pointer, c.getName(), qualified, NULLABLE.contains(qualified)));
                collectPointers(c.getGenericType(), pointer + "/" + c.getName(), out);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            collectPointers(typeArgument(type, 0), pointer + "/0", out);
        } else if (Map.class.isAssignableFrom(raw)) {
            collectPointers(typeArgument(type, 1), pointer + "/key", out);
        }
    }

    private static void collectComponents(Type type, Map<String, Class<?>> out) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                out.put(qualified(raw, c), c.getType());
                collectComponents(c.getGenericType(), out);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            collectComponents(typeArgument(type, 0), out);
        } else if (Map.class.isAssignableFrom(raw)) {
            collectComponents(typeArgument(type, 1), out);
        }
    }

    /** {@code IdeaEvents.Idea.workshopId}: the records are nested in their *Events class. */
    private static String qualified(Class<?> record, RecordComponent component) {
        return name(record) + "." + component.getName();
    }

    private static String name(Class<?> record) {
        return record.getDeclaringClass() == null ? record.getSimpleName()
                : record.getDeclaringClass().getSimpleName() + "." + record.getSimpleName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        } else if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        throw new AssertionError("unsupported type in an event record: " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new AssertionError("a raw collection in an event record (" + type.getTypeName() + ") says nothing about its elements");
    }

    // ---- the document ----

    /** The message whose {@code name} is the type; exactly one. */
    private static JsonNode message(EventType<?> type) {
        Map<String, JsonNode> named = new TreeMap<>();
        for (Map.Entry<String, JsonNode> message : ASYNCAPI.path("components").path("messages").properties()) {
            JsonNode m = resolved(message.getValue());
            if (type.type().equals(m.path("name").asText())) {
                named.put(message.getKey(), m);
            }
        }
        assertEquals(1, named.size(), () -> "components.messages with name " + type.type() + ": " + named.keySet());
        return named.values().iterator().next();
    }

    /** The payload schema (envelope and data), every $ref replaced by what it points to. */
    private static JsonNode payloadSchema(EventType<?> type) {
        JsonNode payload = message(type).path("payload");
        assertTrue(payload.isObject(), () -> "the message of " + type.type() + " has no payload schema");
        assertFalse(payload.has("schemaFormat"), () -> "the payload of " + type.type() + " is not in AsyncAPI's own schema format");
        return payload;
    }

    /** What the payload schema says of its {@code data} property, through allOf and friends. */
    private static List<JsonNode> dataSchemas(EventType<?> type) {
        return property(flattened(Stream.of(payloadSchema(type))), "data");
    }

    /** The schemas and every subschema they combine (allOf, anyOf, oneOf): all that may declare properties. */
    private static List<JsonNode> flattened(Stream<JsonNode> schemas) {
        List<JsonNode> out = new ArrayList<>();
        schemas.forEach(schema -> addWithBranches(schema, out));
        return out;
    }

    private static void addWithBranches(JsonNode schema, List<JsonNode> out) {
        out.add(schema);
        for (String combinator : COMBINATORS) {
            schema.path(combinator).forEach(branch -> addWithBranches(branch, out));
        }
    }

    private static List<JsonNode> property(List<JsonNode> schemas, String name) {
        return flattened(schemas.stream().map(s -> s.path("properties").path(name)).filter(JsonNode::isObject));
    }

    private static List<JsonNode> keyword(List<JsonNode> schemas, String keyword) {
        return flattened(schemas.stream().map(s -> s.path(keyword)).filter(JsonNode::isObject));
    }

    private static Set<String> declaredProperties(List<JsonNode> schemas) {
        Set<String> names = new TreeSet<>();
        schemas.forEach(s -> s.path("properties").properties().forEach(p -> names.add(p.getKey())));
        return names;
    }

    /**
     * {@code node} with every {@code $ref} (all of them point into the document) replaced by its
     * target. Draft 07 ignores the siblings of a $ref, and so does this.
     */
    private static JsonNode resolved(JsonNode node) {
        return resolved(node, 0);
    }

    private static JsonNode resolved(JsonNode node, int refs) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || refs > 20) {
                throw new AssertionError("$ref " + ref + (refs > 20 ? " is part of a cycle" : " does not point into the document"));
            }
            JsonNode target = ASYNCAPI.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new AssertionError("$ref " + ref + " points to nothing in " + DOCUMENT);
            }
            return resolved(target, refs + 1);
        } else if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), resolved(e.getValue(), refs)));
            return copy;
        } else if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(resolved(element, refs)));
            return copy;
        }
        return node;
    }

    /** The test runs in its module's directory; the document is at the repository's root. */
    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " not found in " + Path.of("").toAbsolutePath() + " or above");
    }

    private static JsonNode readYaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}

package de.norderstedt.go.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import de.norderstedt.go.platform.infra.KafkaAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What city IT gets from `kubectl kustomize deploy/k8s/overlays/<overlay>`, checked rule by rule. */
class RenderedManifestsTest {

    private static final Set<String> SERVICES = Set.of("participants", "ideas", "workshops", "roadmap", "gateway");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|PRIVATE|CREDENTIAL).*");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyOverlayRendersAndKeepsTheRules(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> deployments = ofKind(objects, "Deployment");
        assertEquals(SERVICES, Set.copyOf(deployments.stream().map(d -> d.path("metadata").path("name").asText()).toList()));

        for (JsonNode d : deployments) {
            String name = d.path("metadata").path("name").asText();
            JsonNode pod = d.path("spec").path("template");
            assertLabels(name, d.path("metadata").path("labels"));
            assertLabels(name, pod.path("metadata").path("labels"));
            JsonNode podSecurity = pod.path("spec").path("securityContext");
            assertTrue(podSecurity.path("runAsNonRoot").asBoolean(), name + ": runAsNonRoot");
            assertTrue(podSecurity.path("runAsUser").asInt() > 0, name + ": a non-root user id");
            assertTrue(pod.path("spec").path("terminationGracePeriodSeconds").asInt() >= 30, name + ": time to shut down gracefully");
            for (JsonNode c : pod.path("spec").path("containers")) {
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    assertTrue(c.path(probe).path("httpGet").path("path").asText().startsWith("/q/health/"), name + ": " + probe);
                }
                for (String kind : List.of("requests", "limits")) {
                    assertFalse(c.path("resources").path(kind).path("cpu").isMissingNode(), name + ": cpu " + kind);
                    assertFalse(c.path("resources").path(kind).path("memory").isMissingNode(), name + ": memory " + kind);
                }
                JsonNode security = c.path("securityContext");
                assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), name + ": read-only root filesystem");
                assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), name + ": no privilege escalation");
                for (JsonNode env : c.path("env")) {
                    if (SECRET_NAME.matcher(env.path("name").asText().toUpperCase(Locale.ROOT)).matches()) {
                        assertTrue(env.path("value").isMissingNode(), name + ": " + env.path("name").asText() + " must come from a secret");
                        assertFalse(env.path("valueFrom").path("secretKeyRef").isMissingNode(), name + ": " + env.path("name").asText());
                    }
                }
                assertTrue(c.path("image").asText().contains("/" + name + ":"), name + ": image with registry and tag");
            }
            if ("production".equals(overlay)) {
                assertTrue(d.path("spec").path("replicas").asInt() >= 2, name + ": replicas in production");
            }
        }

        // No secret values in the repository: no Secret objects, no secret-looking data in ConfigMaps.
        assertEquals(List.of(), ofKind(objects, "Secret"), "secrets are referenced, never rendered");
        for (JsonNode cm : ofKind(objects, "ConfigMap")) {
            cm.path("data").fieldNames().forEachRemaining(key ->
                    assertFalse(SECRET_NAME.matcher(key.toUpperCase(Locale.ROOT)).matches(), cm.path("metadata").path("name") + ": " + key));
        }

        // Every Service selects the pods of a Deployment; every HPA and PDB points at one.
        for (JsonNode s : ofKind(objects, "Service")) {
            JsonNode selector = s.path("spec").path("selector");
            assertTrue(selector.size() > 0, s.path("metadata").path("name") + ": has a selector");
            assertTrue(deployments.stream().anyMatch(d -> matches(selector, d.path("spec").path("template").path("metadata").path("labels"))),
                    s.path("metadata").path("name") + ": selector matches a Deployment's pods");
        }
        for (JsonNode h : ofKind(objects, "HorizontalPodAutoscaler")) {
            String target = h.path("spec").path("scaleTargetRef").path("name").asText();
            assertTrue(deployments.stream().anyMatch(d -> d.path("metadata").path("name").asText().equals(target)), "HPA target " + target);
        }
        for (JsonNode p : ofKind(objects, "PodDisruptionBudget")) {
            JsonNode selector = p.path("spec").path("selector").path("matchLabels");
            assertTrue(deployments.stream().anyMatch(d -> matches(selector, d.path("spec").path("template").path("metadata").path("labels"))),
                    p.path("metadata").path("name") + ": PDB selects a Deployment's pods");
        }

        // Only the gateway is reachable from outside: one Ingress, to the gateway, TLS by reference.
        List<JsonNode> ingresses = ofKind(objects, "Ingress");
        assertEquals(1, ingresses.size());
        assertEquals("gateway", ingresses.get(0).path("spec").path("rules").get(0).path("http").path("paths").get(0)
                .path("backend").path("service").path("name").asText());
        assertFalse(ingresses.get(0).path("spec").path("tls").get(0).path("secretName").asText().isEmpty());
        List<JsonNode> policies = ofKind(objects, "NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("policyTypes").toString().contains("Egress")), "a default-deny policy");
        for (String service : SERVICES) {
            assertTrue(policies.stream().anyMatch(p -> service.equals(p.path("spec").path("podSelector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText())), service + " has its network policy");
        }
        for (JsonNode p : policies) {
            String target = p.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
            if (!target.equals("gateway")) {
                assertFalse(p.path("spec").path("ingress").toString().contains("ingress-nginx"), target + " is not reachable from the ingress");
            }
        }

        // Kafka topics and databases of the bundled operators.
        List<JsonNode> topics = ofKind(objects, "KafkaTopic");
        assertEquals(Set.of("go.participants.v1", "go.ideas.v1", "go.workshops.v1", "go.roadmap.v1"),
                Set.copyOf(topics.stream().map(t -> t.path("spec").path("topicName").asText()).toList()));
        int replication = "production".equals(overlay) ? 3 : 1;
        topics.forEach(t -> assertEquals(replication, t.path("spec").path("replicas").asInt(), t.path("spec").path("topicName") + " replication"));
        assertEquals(4, ofKind(objects, "Cluster").size(), "one PostgreSQL cluster per service");
    }

    /** The services that own a topic; each is a Kafka principal of its own (KafkaAccess). */
    private static final List<String> KAFKA_SERVICES = List.of("participants", "ideas", "workshops", "roadmap");
    /** The services that call participants under /internal with a client-credentials token. */
    private static final List<String> CALLERS = List.of("ideas", "workshops", "roadmap");
    /** Operations that change something; a read-only principal has none of them. */
    private static final Set<String> CHANGING = Set.of("Write", "Create", "Delete", "Alter", "AlterConfigs", "All");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void kafkaHasNoAnonymousAccessAndEveryPrincipalExactlyTheGrantsOfKafkaAccess(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> kafkas = ofKind(objects, "Kafka");
        assertEquals(1, kafkas.size());
        JsonNode kafka = kafkas.get(0).path("spec").path("kafka");
        assertTrue(kafka.path("listeners").size() > 0, "listeners");
        for (JsonNode l : kafka.path("listeners")) {
            assertTrue(Set.of("scram-sha-512", "tls").contains(l.path("authentication").path("type").asText()),
                    "listener " + l.path("name").asText() + " authenticates every client");
        }
        assertEquals("simple", kafka.path("authorization").path("type").asText(), "ACLs are enforced");
        assertFalse(kafka.path("config").path("auto.create.topics.enable").asBoolean(true), "no topics created on first use");
        assertFalse(kafkas.get(0).path("spec").path("entityOperator").path("userOperator").isMissingNode(),
                "the user operator creates the KafkaUsers' secrets");

        // Every principal of KafkaAccess except the build-only auditor, with exactly its grants.
        Map<String, JsonNode> users = ofKind(objects, "KafkaUser").stream()
                .collect(Collectors.toMap(u -> u.path("metadata").path("name").asText(), u -> u));
        Set<String> expectedUsers = KafkaAccess.PRINCIPALS.stream().map(KafkaAccess.Principal::name)
                .filter(n -> !n.equals("auditor")).collect(Collectors.toSet());
        assertEquals(expectedUsers, users.keySet(), "one KafkaUser per principal of KafkaAccess (auditor is build-only)");
        assertTrue(users.keySet().containsAll(KAFKA_SERVICES));
        for (JsonNode u : users.values()) {
            String name = u.path("metadata").path("name").asText();
            assertEquals("go-kafka", u.path("metadata").path("labels").path("strimzi.io/cluster").asText(), name + ": its cluster");
            assertEquals("scram-sha-512", u.path("spec").path("authentication").path("type").asText(), name + ": SCRAM");
            assertEquals("simple", u.path("spec").path("authorization").path("type").asText(), name + ": ACLs");
            assertEquals(expectedGrants(KafkaAccess.principal(name).orElseThrow()), grants(u), name + ": the grants of KafkaAccess");
        }

        // Stated directly as well, so a wrong KafkaAccess cannot make a wrong manifest pass.
        for (String service : KAFKA_SERVICES) {
            String own = "go." + service + ".v1";
            Set<String> grants = grants(users.get(service));
            assertEquals(Set.of(own), grants.stream().filter(g -> g.startsWith("topic ") && g.endsWith(" Write"))
                    .map(g -> g.split(" ")[2]).collect(Collectors.toSet()), service + " writes exactly its own topic");
            assertTrue(grants.stream().filter(g -> g.startsWith("topic ")).noneMatch(g -> g.split(" ")[1].equals("prefix")
                    || g.split(" ")[2].equals("*")), service + ": no wildcard or prefixed topic grant");
        }
        for (String g : grants(users.get("integrator"))) {
            assertFalse(CHANGING.contains(g.substring(g.lastIndexOf(' ') + 1)), "integrator changes nothing: " + g);
            assertFalse(g.contains("go.participants.v1"), "integrator does not read the participants topic: " + g);
        }

        // Each service logs in as its KafkaUser; the callers of participants carry their own client secret.
        Map<String, JsonNode> deployments = ofKind(objects, "Deployment").stream()
                .collect(Collectors.toMap(d -> d.path("metadata").path("name").asText(), d -> d));
        Map<String, JsonNode> configMaps = ofKind(objects, "ConfigMap").stream()
                .collect(Collectors.toMap(c -> c.path("metadata").path("name").asText(), c -> c.path("data")));
        for (String service : KAFKA_SERVICES) {
            JsonNode ref = env(deployments.get(service), "GO_KAFKA_PASSWORD").path("valueFrom").path("secretKeyRef");
            assertEquals(service, ref.path("name").asText(), service + ": GO_KAFKA_PASSWORD from the secret of its KafkaUser");
            assertTrue(users.containsKey(ref.path("name").asText()), service + ": that KafkaUser exists");
            assertEquals("password", ref.path("key").asText(), service + ": key password");
            JsonNode username = env(deployments.get(service), "GO_KAFKA_USERNAME");
            assertTrue(username.isMissingNode() || service.equals(username.path("value").asText()), service + ": username = KafkaUser");
        }
        assertTrue(env(deployments.get("gateway"), "GO_KAFKA_PASSWORD").isMissingNode(), "the gateway uses no Kafka");
        assertFalse(configMaps.get("go-identity").path("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL").asText().isEmpty(), "the token endpoint's realm");
        for (String service : CALLERS) {
            JsonNode ref = env(deployments.get(service), "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET").path("valueFrom").path("secretKeyRef");
            assertEquals(service + "-oidc-client", ref.path("name").asText(), service + ": its client secret");
            assertEquals("secret", ref.path("key").asText(), service + ": key secret");
            assertEquals("true", configMaps.get(service).path("QUARKUS_OIDC_CLIENT_CLIENT_ENABLED").asText(), service + ": oidc client on");
            assertEquals("norderstedt-go-" + service, configMaps.get(service).path("QUARKUS_OIDC_CLIENT_CLIENT_ID").asText(), service + ": client id");
            JsonNode policy = ofKind(objects, "NetworkPolicy").stream().filter(p -> service.equals(p.path("spec").path("podSelector")
                    .path("matchLabels").path("app.kubernetes.io/name").asText())).findFirst().orElseThrow();
            assertTrue(policy.path("spec").path("egress").toString().contains("\"app.kubernetes.io/name\":\"participants\""),
                    service + ": egress to participants");
            assertTrue(policy.path("spec").path("egress").toString().contains("{\"port\":443,"), service + ": egress to the identity provider");
            String participantsIngress = ofKind(objects, "NetworkPolicy").stream().filter(p -> "participants".equals(p.path("spec")
                    .path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())).findFirst().orElseThrow()
                    .path("spec").path("ingress").toString();
            assertTrue(participantsIngress.contains("\"app.kubernetes.io/component\":\"service\"")
                    || participantsIngress.contains("\"app.kubernetes.io/name\":\"" + service + "\""), "participants admits " + service);
        }
    }

    /** A KafkaUser's ACLs as "type patternType name Operation" (cluster: "cluster Operation"). */
    private static Set<String> grants(JsonNode user) {
        Set<String> grants = new TreeSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            assertEquals("allow", acl.path("type").asText("allow"), user.path("metadata").path("name") + ": allow rules only");
            assertEquals("*", acl.path("host").asText("*"), user.path("metadata").path("name") + ": any host");
            JsonNode r = acl.path("resource");
            List<String> operations = new ArrayList<>();
            acl.path("operations").forEach(o -> operations.add(o.asText()));
            if (acl.has("operation")) {
                operations.add(acl.path("operation").asText());
            }
            for (String op : operations) {
                grants.add("cluster".equals(r.path("type").asText()) ? "cluster " + op
                        : r.path("type").asText() + " " + r.path("patternType").asText("literal") + " " + r.path("name").asText() + " " + op);
            }
        }
        return grants;
    }

    /** What the local broker provisions for {@code p} (KafkaBroker), in the form of {@link #grants}. */
    private static Set<String> expectedGrants(KafkaAccess.Principal p) {
        Set<String> grants = new TreeSet<>();
        for (String topic : p.writes()) {
            grants.add("topic literal " + topic + " Write");
            grants.add("topic literal " + topic + " Describe");
        }
        if (!p.writes().isEmpty()) {
            grants.add("cluster IdempotentWrite");
        }
        for (String topic : p.reads()) {
            grants.add("topic literal " + topic + " Read");
            grants.add("topic literal " + topic + " Describe");
        }
        grants.add("group prefix " + p.groupPrefix() + " Read");
        return grants;
    }

    private static JsonNode env(JsonNode deployment, String name) {
        for (JsonNode e : deployment.path("spec").path("template").path("spec").path("containers").get(0).path("env")) {
            if (name.equals(e.path("name").asText())) {
                return e;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void assertLabels(String name, JsonNode labels) {
        assertEquals(name, labels.path("app.kubernetes.io/name").asText(), name + ": app.kubernetes.io/name");
        assertEquals("norderstedt-go", labels.path("app.kubernetes.io/part-of").asText(), name + ": app.kubernetes.io/part-of");
        assertFalse(labels.path("app.kubernetes.io/component").asText().isEmpty(), name + ": app.kubernetes.io/component");
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) selector::fields) {
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    /** KUBECTL, else kubectl on the PATH, else tools/kubectl (which installs one with npm). */
    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return Path.of(dir, "kubectl").toString();
            }
        }
        return Path.of("tools", "kubectl").toAbsolutePath().toString();
    }

    /** `kubectl kustomize` of the overlay (offline), parsed into its objects. */
    static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        Path dir = Path.of("overlays", overlay).toAbsolutePath();
        Process process;
        try {
            process = new ProcessBuilder(kubectl(), "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            fail("kubectl is needed to render the manifests (tools/kubectl installs it with npm; or set KUBECTL): " + e.getMessage());
            return List.of();
        }
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "kubectl kustomize " + overlay + ": " + err);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(out)) {
            for (JsonNode node : (Iterable<JsonNode>) () -> {
                try {
                    return yaml.readValues(parser, JsonNode.class);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }) {
                if (node instanceof ObjectNode) {
                    objects.add(node);
                }
            }
        }
        assertNotNull(objects);
        assertTrue(objects.size() > 20, "the overlay rendered its objects");
        return objects;
    }
}

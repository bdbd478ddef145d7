package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.platform.testing.AccessMatrix;
import de.norderstedt.go.platform.testing.AccessMatrix.Call;
import de.norderstedt.go.platform.testing.AccessMatrix.Caller;
import de.norderstedt.go.platform.testing.AccessMatrix.Row;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.ADMIN;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.EVERYONE;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.PROGRAMME_LEAD;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.PROGRAMME_TEAM;
import static de.norderstedt.go.platform.testing.AccessMatrix.row;
import static io.restassured.RestAssured.given;

/*
 * Every operation of the roadmap service's OpenAPI document, who may call it, and with what status
 * (team = core-team and programme-lead; lead = programme-lead only; everyone includes anonymous).
 * Callers not named get 401 (anonymous) or 403 (signed in) unless the row says otherwise.
 *
 * VersionResource (/api/roadmap/versions)
 *   GET    /api/roadmap/versions                                          everyone 200
 *   POST   /api/roadmap/versions                                          team 201
 *   GET    /api/roadmap/versions/{label}                        (draft)   team 200, others 404
 *   PUT    /api/roadmap/versions/{label}                                  team 200
 *   POST   /api/roadmap/versions/{label}/submission                       lead 200
 *   DELETE /api/roadmap/versions/{label}/submission                       lead 200
 *   POST   /api/roadmap/versions/{label}/adoption                         lead 200
 *   GET    /api/roadmap/versions/{label}/measures               (draft)   team 200, others 404
 *   POST   /api/roadmap/versions/{label}/measures                         team 201
 *   GET    /api/roadmap/versions/{label}/measures/{id}          (draft)   team 200, others 404
 *   PUT    /api/roadmap/versions/{label}/measures/{id}                    team 200
 *   DELETE /api/roadmap/versions/{label}/measures/{id}                    team 204
 *   GET    /api/roadmap/versions/{label}/candidates                       team 200
 *   POST   /api/roadmap/versions/{label}/candidates/{ideaId}/measure      team 201
 *   GET    /api/roadmap/versions/{label}/open-data/roadmap.json (adopted) everyone 200
 *   GET    /api/roadmap/versions/{label}/open-data/measures.csv (adopted) everyone 200
 *   GET    /api/roadmap/versions/{label}/open-data/dcat.jsonld  (adopted) everyone 200
 * MeasureResource (/api/roadmap/measures)
 *   GET    /api/roadmap/measures/{id}                      (draft only)   team 200, others 404
 *   PUT    /api/roadmap/measures/{id}/progress                            team 200
 *   POST   /api/roadmap/measures/{id}/milestones                          team 201
 *   PUT    /api/roadmap/measures/{id}/milestones/{milestoneId}            team 200
 * StrategyResource (/api/roadmap)
 *   GET    /api/roadmap/vision                                            everyone 200
 *   GET    /api/roadmap/vision/history                                    everyone 200
 *   PUT    /api/roadmap/vision/draft                                      team 200
 *   POST   /api/roadmap/vision/draft/adoption                             lead 200
 *   GET    /api/roadmap/action-fields                                     everyone 200
 *   PUT    /api/roadmap/action-fields/priority                            lead 200
 *   GET    /api/roadmap/goals                                             everyone 200
 *   GET    /api/roadmap/goals/{id}                                        everyone 200
 *   POST   /api/roadmap/goals                                             team 201
 *   PUT    /api/roadmap/goals/{id}                                        team 200
 *   GET    /api/roadmap/phases                                            everyone 200
 *   PUT    /api/roadmap/phases/{key}                                      team 200
 *   GET    /api/roadmap/timeline                                          everyone 200
 *   POST   /api/roadmap/timeline                                          team 201
 *   PUT    /api/roadmap/timeline/{id}                                     team 200
 * InventoryResource (/api/roadmap)
 *   GET    /api/roadmap/inventory                                         everyone 200
 *   POST   /api/roadmap/inventory                                         team 201
 *   PUT    /api/roadmap/inventory/{id}                                    team 200
 *   GET    /api/roadmap/indicators                                        everyone 200
 *   GET    /api/roadmap/indicators/{key}                                  everyone 200
 *   PUT    /api/roadmap/indicators/{key}                                  team 200
 *   POST   /api/roadmap/indicators/{key}/values                           team 200
 * DeadLetterResource (platform-core, under the service's root; the gateway refuses /api/<service>/internal/...)
 *   GET    /api/roadmap/internal/dead-letters                             admin 200
 *   POST   /api/roadmap/internal/dead-letters/redrive                     admin 200
 */

/**
 * Who may call what in the roadmap service, as one table: a row per operation of its OpenAPI
 * document, every caller called for real (see {@link AccessMatrix}). Nothing in the roadmap belongs
 * to an ambassador, so {@code OWNER} is just an active ambassador, like {@code OTHER_AMBASSADOR}.
 *
 * <p>Roadmap versions go draft → submitted → adopted, with one version in the making at a time,
 * and only a draft can be edited. So every row that needs a state prepares it for each caller
 * anew, as the programme team through the API: the current draft (started, or a submission taken
 * back, by {@link Fixtures#draft()}), a draft with a measure for a submission, a submitted draft
 * for an adoption, no open version at all for starting the next one. Drafts are hidden from
 * everyone outside the programme team with a 404; open data is of adopted versions only.
 */
@QuarkusTest
@RoadmapTest
class AccessMatrixTest {

    private static final String ROADMAP = Fixtures.ROADMAP;
    private static final String VERSIONS = Fixtures.VERSIONS;
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        Map<Caller, String> tokens = AccessMatrix.tokens(TestAmbassadors.active("Greta Gartenweg", true).token(),
                TestAmbassadors.active("Hinrich Hafenblick", true).token());

        // Read-only things the public rows look at: made once, never changed.
        String goal = Fixtures.goal("Lernorte digital verbinden", "EXPERIENCING");
        String indicator = indicator();

        AccessMatrix.verify(rows(goal, indicator), tokens);
    }

    private static List<Row> rows(String goal, String indicator) {
        return List.of(
                // ---- roadmap versions ----
                row("GET", "/api/roadmap/versions").expect(200, EVERYONE)
                        .call(Call.of("GET", VERSIONS)),
                row("POST", "/api/roadmap/versions").expect(201, PROGRAMME_TEAM)
                        .call(c -> {
                            nothingInTheMaking();
                            return Call.of("POST", VERSIONS, Map.of("title", "Roadmap fortgeschrieben " + SEQ.incrementAndGet(),
                                    "summary", "Nächste Fortschreibung der Maßnahmen"));
                        }),
                row("GET", "/api/roadmap/versions/{label}").expect(200, PROGRAMME_TEAM).others(404)
                        .call(c -> Call.of("GET", VERSIONS + "/" + Fixtures.draft())),
                row("PUT", "/api/roadmap/versions/{label}").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", VERSIONS + "/" + Fixtures.draft(),
                                Map.of("title", "Smart-City-Strategie Norderstedt", "summary", "Überarbeiteter Entwurf " + SEQ.incrementAndGet()))),
                row("POST", "/api/roadmap/versions/{label}/submission").expect(200, PROGRAMME_LEAD)
                        .call(c -> Call.of("POST", VERSIONS + "/" + draftWithMeasure() + "/submission")),
                row("DELETE", "/api/roadmap/versions/{label}/submission").expect(200, PROGRAMME_LEAD)
                        .call(c -> Call.of("DELETE", VERSIONS + "/" + submitted() + "/submission")),
                row("POST", "/api/roadmap/versions/{label}/adoption").expect(200, PROGRAMME_LEAD)
                        .call(c -> Call.of("POST", VERSIONS + "/" + submitted() + "/adoption", resolution())),
                row("GET", "/api/roadmap/versions/{label}/measures").expect(200, PROGRAMME_TEAM).others(404)
                        .call(c -> Call.of("GET", VERSIONS + "/" + Fixtures.draft() + "/measures")),
                row("POST", "/api/roadmap/versions/{label}/measures").expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", VERSIONS + "/" + Fixtures.draft() + "/measures", measure())),
                row("GET", "/api/roadmap/versions/{label}/measures/{id}").expect(200, PROGRAMME_TEAM).others(404)
                        .call(c -> {
                            String label = Fixtures.draft();
                            return Call.of("GET", VERSIONS + "/" + label + "/measures/" + Fixtures.addMeasure(label, measure()));
                        }),
                row("PUT", "/api/roadmap/versions/{label}/measures/{id}").expect(200, PROGRAMME_TEAM)
                        .call(c -> {
                            String label = Fixtures.draft();
                            return Call.of("PUT", VERSIONS + "/" + label + "/measures/" + Fixtures.addMeasure(label, measure()), measure());
                        }),
                row("DELETE", "/api/roadmap/versions/{label}/measures/{id}").expect(204, PROGRAMME_TEAM)
                        .call(c -> {
                            String label = Fixtures.draft();
                            return Call.of("DELETE", VERSIONS + "/" + label + "/measures/" + Fixtures.addMeasure(label, measure()));
                        }),
                row("GET", "/api/roadmap/versions/{label}/candidates").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("GET", VERSIONS + "/" + Fixtures.draft() + "/candidates")),
                row("POST", "/api/roadmap/versions/{label}/candidates/{ideaId}/measure").expect(201, PROGRAMME_TEAM)
                        .call(c -> {
                            UUID idea = openCandidate();
                            return Call.of("POST", VERSIONS + "/" + Fixtures.draft() + "/candidates/" + idea + "/measure",
                                    Map.of("owner", "CITY_ADMINISTRATION", "ownerDetail", "Fachbereich Schule und Sport"));
                        }),
                row("GET", "/api/roadmap/versions/{label}/open-data/roadmap.json").expect(200, EVERYONE)
                        .call(c -> Call.of("GET", VERSIONS + "/" + adoptedLabel() + "/open-data/roadmap.json")),
                row("GET", "/api/roadmap/versions/{label}/open-data/measures.csv").expect(200, EVERYONE)
                        .call(c -> Call.of("GET", VERSIONS + "/" + adoptedLabel() + "/open-data/measures.csv")),
                row("GET", "/api/roadmap/versions/{label}/open-data/dcat.jsonld").expect(200, EVERYONE)
                        .call(c -> Call.of("GET", VERSIONS + "/" + adoptedLabel() + "/open-data/dcat.jsonld")),

                // ---- measures across versions ----
                row("GET", "/api/roadmap/measures/{id}").expect(200, PROGRAMME_TEAM).others(404)
                        .call(c -> Call.of("GET", ROADMAP + "/measures/" + draftMeasure())),
                row("PUT", "/api/roadmap/measures/{id}/progress").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", ROADMAP + "/measures/" + draftMeasure() + "/progress",
                                Map.of("status", "IN_PROGRESS", "progressPercent", 40, "note", "Pilot läuft"))),
                row("POST", "/api/roadmap/measures/{id}/milestones").expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", ROADMAP + "/measures/" + draftMeasure() + "/milestones", milestone(false))),
                row("PUT", "/api/roadmap/measures/{id}/milestones/{milestoneId}").expect(200, PROGRAMME_TEAM)
                        .call(c -> {
                            String measure = draftMeasure();
                            String milestone = given().auth().oauth2(Fixtures.core()).contentType(ContentType.JSON).body(milestone(false))
                                    .post(ROADMAP + "/measures/" + measure + "/milestones").then().statusCode(201).extract().path("id");
                            return Call.of("PUT", ROADMAP + "/measures/" + measure + "/milestones/" + milestone, milestone(true));
                        }),

                // ---- vision ----
                row("GET", "/api/roadmap/vision").expect(200, EVERYONE)
                        .call(c -> {
                            visionAdopted();
                            return Call.of("GET", ROADMAP + "/vision");
                        }),
                row("GET", "/api/roadmap/vision/history").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/vision/history")),
                row("PUT", "/api/roadmap/vision/draft").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", ROADMAP + "/vision/draft", vision())),
                row("POST", "/api/roadmap/vision/draft/adoption").expect(200, PROGRAMME_LEAD)
                        .call(c -> {
                            draftVision();
                            return Call.of("POST", ROADMAP + "/vision/draft/adoption");
                        }),

                // ---- action fields and goals ----
                row("GET", "/api/roadmap/action-fields").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/action-fields")),
                row("PUT", "/api/roadmap/action-fields/priority").expect(200, PROGRAMME_LEAD)
                        .call(c -> Call.of("PUT", ROADMAP + "/action-fields/priority", Map.of("order", currentPriority()))),
                row("GET", "/api/roadmap/goals").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/goals")),
                row("GET", "/api/roadmap/goals/{id}").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/goals/" + goal)),
                row("POST", "/api/roadmap/goals").expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", ROADMAP + "/goals", goal())),
                row("PUT", "/api/roadmap/goals/{id}").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", ROADMAP + "/goals/" + Fixtures.goal("Bibliotheken öffnen " + SEQ.incrementAndGet(), "EXPERIENCING"),
                                goal())),

                // ---- phases and timeline ----
                row("GET", "/api/roadmap/phases").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/phases")),
                row("PUT", "/api/roadmap/phases/{key}").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", ROADMAP + "/phases/COMMUNICATION", phaseAsItIs("COMMUNICATION"))),
                row("GET", "/api/roadmap/timeline").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/timeline")),
                row("POST", "/api/roadmap/timeline").expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", ROADMAP + "/timeline", timelineEntry(false))),
                row("PUT", "/api/roadmap/timeline/{id}").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", ROADMAP + "/timeline/" + created(ROADMAP + "/timeline", timelineEntry(false)),
                                timelineEntry(true))),

                // ---- inventory and indicators ----
                row("GET", "/api/roadmap/inventory").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/inventory")),
                row("POST", "/api/roadmap/inventory").expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", ROADMAP + "/inventory", inventoryItem("PLANNED"))),
                row("PUT", "/api/roadmap/inventory/{id}").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", ROADMAP + "/inventory/" + created(ROADMAP + "/inventory", inventoryItem("PLANNED")),
                                inventoryItem("ACTIVE"))),
                row("GET", "/api/roadmap/indicators").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/indicators")),
                row("GET", "/api/roadmap/indicators/{key}").expect(200, EVERYONE)
                        .call(Call.of("GET", ROADMAP + "/indicators/" + indicator)),
                row("PUT", "/api/roadmap/indicators/{key}").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", ROADMAP + "/indicators/" + newIndicatorKey(), indicatorDefinition())),
                row("POST", "/api/roadmap/indicators/{key}/values").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", ROADMAP + "/indicators/" + indicator() + "/values",
                                Map.of("observedOn", "2023-12-31", "value", 42, "note", "Jahreswert"))),

                // ---- operations (platform-core, inside the cluster only) ----
                row("GET", ROADMAP + "/internal/dead-letters").expect(200, ADMIN)
                        .call(Call.of("GET", ROADMAP + "/internal/dead-letters")),
                row("POST", ROADMAP + "/internal/dead-letters/redrive").expect(200, ADMIN)
                        .call(Call.of("POST", ROADMAP + "/internal/dead-letters/redrive")));
    }

    // ---- states of roadmap versions, prepared as the programme team ----

    /** The current draft, with at least one measure (a submission needs one). */
    private static String draftWithMeasure() {
        String label = Fixtures.draft();
        int count = given().auth().oauth2(Fixtures.core()).get(VERSIONS + "/" + label).then().statusCode(200)
                .extract().path("measureCount");
        if (count == 0) {
            Fixtures.addMeasure(label, measure());
        }
        return label;
    }

    /** The current draft, submitted to the council. */
    private static String submitted() {
        String label = draftWithMeasure();
        given().auth().oauth2(Fixtures.lead()).post(VERSIONS + "/" + label + "/submission").then().statusCode(200);
        return label;
    }

    /** No draft and no submission: the version in the making is adopted, so the next one may start. */
    private static void nothingInTheMaking() {
        Fixtures.adopt(draftWithMeasure(), resolutionNumber());
    }

    /** An adopted version (adopting the draft when none is adopted yet). */
    private static String adoptedLabel() {
        // Newest first, and only one version is adopted at a time: it is on the first page.
        List<Map<String, Object>> versions = given().get(VERSIONS).then().statusCode(200).extract().path("items");
        return versions.stream().filter(v -> "ADOPTED".equals(v.get("status"))).map(v -> (String) v.get("label")).findFirst()
                .orElseGet(() -> Fixtures.adopt(draftWithMeasure(), resolutionNumber()));
    }

    /** A new measure planned only by the current draft. */
    private static String draftMeasure() {
        return Fixtures.addMeasure(Fixtures.draft(), measure());
    }

    /** An idea classified as quick win (as the ideas service announces it), open as a candidate here. */
    private static UUID openCandidate() {
        UUID idea = UUID.randomUUID();
        String title = "Lernwerkstatt im Quartier " + SEQ.incrementAndGet();
        TopicWriter.publish(IdeaEvents.CLASSIFIED, idea, new IdeaEvents.Classified(new IdeaEvents.Idea(idea, title,
                "Offene Werkstatt zum Ausprobieren digitaler Werkzeuge.", ActionField.EXPERIENCING, "PROJECT_IDEA", "ONLINE",
                null, null, List.of(), "CLASSIFIED", "QUICK_WIN"), "QUICK_WIN", new BigDecimal("3.500"), Timestamps.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from candidate where idea_id = ?::uuid and state = 'OPEN'", idea.toString()) == 1);
        return idea;
    }

    private static Map<String, Object> measure() {
        return Fixtures.measure("Digitale Ausleihe im Stadtteiltreff " + SEQ.incrementAndGet(), "EXPERIENCING", "QUICK_WIN", List.of());
    }

    private static Map<String, Object> resolution() {
        return Map.of("resolutionDate", "2024-06-20", "body", "Stadtvertretung Norderstedt", "resolutionNumber", resolutionNumber());
    }

    private static String resolutionNumber() {
        return "B 24/" + (100 + SEQ.incrementAndGet());
    }

    private static Map<String, Object> milestone(boolean done) {
        return Map.of("title", "Erster Testlauf", "dueDate", "2024-09-30", "done", done);
    }

    // ---- strategy ----

    private static Map<String, Object> vision() {
        return Map.of("statement", "Norderstedt gestaltet seine digitale Zukunft gemeinsam, Fassung " + SEQ.incrementAndGet() + ".");
    }

    /** A draft of the next vision exists (written, or rewritten, as the core team). */
    private static void draftVision() {
        given().auth().oauth2(Fixtures.core()).contentType(ContentType.JSON).body(vision())
                .put(ROADMAP + "/vision/draft").then().statusCode(200);
    }

    /** Some vision is adopted (the first is drafted and adopted when there is none). */
    private static void visionAdopted() {
        if (given().get(ROADMAP + "/vision").statusCode() == 404) {
            draftVision();
            given().auth().oauth2(Fixtures.lead()).post(ROADMAP + "/vision/draft/adoption").then().statusCode(200);
        }
    }

    /** The action fields in their current order: setting it again changes nothing for the other tests. */
    private static List<String> currentPriority() {
        return given().get(ROADMAP + "/action-fields").then().statusCode(200).extract().path("items.field");
    }

    private static Map<String, Object> goal() {
        return Map.of("title", "Kultur digital erlebbar machen " + SEQ.incrementAndGet(), "description", "Ziel im Handlungsfeld Erleben",
                "actionField", "EXPERIENCING", "indicators", List.of("Anzahl digitaler Kulturangebote"));
    }

    /** A phase's dates and status as they are: the request is valid and leaves the phase unchanged. */
    private static Map<String, Object> phaseAsItIs(String key) {
        Map<String, Object> phase = given().get(ROADMAP + "/phases").then().statusCode(200)
                .extract().path("items.find { it.key == '" + key + "' }");
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("status", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "description")) {
            body.put(field, phase.get(field));
        }
        return body;
    }

    private static Map<String, Object> timelineEntry(boolean reached) {
        return Map.of("title", "Werkstattgespräch Roadmap " + SEQ.incrementAndGet(), "phase", "COMMUNICATION",
                "startsAt", "2024-05-06T18:00:00+02:00", "endsAt", "2024-05-06T20:00:00+02:00", "reached", reached);
    }

    // ---- inventory and indicators ----

    private static Map<String, Object> inventoryItem(String status) {
        return Map.of("name", "Makerspace Stadtbücherei " + SEQ.incrementAndGet(), "description", "Offene Werkstatt mit 3D-Druckern",
                "areaOfLife", "EDUCATION", "owner", "Stadtbücherei", "link", "https://example.org/makerspace", "status", status);
    }

    private static String newIndicatorKey() {
        return "access-matrix-" + TestInfra.uniqueLetters();
    }

    private static Map<String, Object> indicatorDefinition() {
        return Map.of("title", "Anteil digital angebotener Verwaltungsleistungen", "unit", "Prozent", "higherIsBetter", true,
                "source", "Eigene Erhebung");
    }

    /** A new indicator, defined as the core team; returns its key. */
    private static String indicator() {
        String key = newIndicatorKey();
        given().auth().oauth2(Fixtures.core()).contentType(ContentType.JSON).body(indicatorDefinition())
                .put(ROADMAP + "/indicators/" + key).then().statusCode(200);
        return key;
    }

    /** POSTs {@code body} as the core team and returns the new thing's id. */
    private static String created(String path, Map<String, Object> body) {
        return given().auth().oauth2(Fixtures.core()).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }
}

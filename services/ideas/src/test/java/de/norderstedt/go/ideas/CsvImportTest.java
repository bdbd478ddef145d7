package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@IdeasTest
class CsvImportTest {

    private static final String[] FIELDS = {"LIVING", "In Norderstedt arbeiten", "EXPERIENCING", "Mit Norderstedt arbeiten"};

    /** The 284 cards of the first expert workshop (19 Nov 2021), four groups, one per action field. */
    static String expertWorkshopCards() {
        StringBuilder csv = new StringBuilder("title,text,action_field,group,tags\n");
        for (int i = 1; i <= 284; i++) {
            String field = FIELDS[i % 4];
            csv.append("\"Karte ").append(i).append(": Digitale Idee für ").append(field).append("\",")
                    .append("\"Text der Karte ").append(i).append(", mit Komma und \"\"Zitat\"\"\",")
                    .append(field).append(",Gruppe ").append(i % 4 + 1).append(",vision;workshop\n");
        }
        return csv.toString();
    }

    @Test
    void theCardsOfAnExpertWorkshopImportOnceAndOnlyOnce() {
        String workshop = UUID.randomUUID().toString();
        String core = Fixtures.staff("core-team");
        String importId = given().auth().oauth2(core).contentType("text/csv; charset=UTF-8").body(expertWorkshopCards())
                .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(201)
                .body("rows", is(284)).body("created", is(284)).body("unchanged", is(0))
                .extract().path("importId");
        assertEquals(284, TestInfra.count("select count(*) from idea where workshop_id = ?::uuid", workshop));
        assertEquals(71, TestInfra.count("select count(*) from idea where workshop_id = ?::uuid and action_field = 'WORKING_IN'", workshop));

        given().auth().oauth2(core).contentType("text/csv; charset=UTF-8").body(expertWorkshopCards())
                .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(284));
        assertEquals(284, TestInfra.count("select count(*) from idea where workshop_id = ?::uuid", workshop));

        given().get(Fixtures.IDEAS + "?workshopId=" + workshop + "&limit=5").then().statusCode(200)
                .body("items[0].origin", is("WORKSHOP")).body("items[0].kind", is("VISION_CARD"));
        List<TopicReader.Event> events = TopicReader.awaitTypes(Topics.IDEAS, importId, IdeaEvents.IMPORTED.type());
        assertEquals(284, events.get(0).data().path("created").asInt());
        assertEquals(workshop, events.get(0).data().path("workshopId").asText());
    }

    @Test
    void oneBadRowImportsNothingAndIsNamed() {
        String workshop = UUID.randomUUID().toString();
        String csv = """
                title,text,action_field,group
                Gute Karte,Alles gut,LIVING,Gruppe 1
                ,Titel fehlt,LIVING,Gruppe 1
                Noch eine,Gut,EXPERIENCING,Gruppe 2
                Falsches Feld,Text,SCHWIMMEN,Gruppe 3
                """;
        given().auth().oauth2(Fixtures.staff("core-team")).contentType("text/csv").body(csv)
                .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("rows[2].title", "rows[4].action_field"));
        assertEquals(0, TestInfra.count("select count(*) from idea where workshop_id = ?::uuid", workshop));
    }

    @Test
    void theSameCardsAsJsonImportTheSameWay() {
        String workshop = UUID.randomUUID().toString();
        String core = Fixtures.staff("core-team");
        String cards = """
                [{"title": "Digitale Bürgerdienste", "text": "Alles online", "actionField": "WORKING_WITH", "group": "Gruppe 4", "tags": ["verwaltung"]},
                 {"title": "Kulturkalender", "text": "Alle Termine", "actionField": "Norderstedt erleben", "group": "Gruppe 2"}]""";
        given().auth().oauth2(core).contentType("application/json").body(cards)
                .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(201).body("created", is(2));
        given().auth().oauth2(core).contentType("application/json").body(cards)
                .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(200).body("unchanged", is(2));
        given().auth().oauth2(core).contentType("application/json")
                .body("[{\"title\": \"Ohne Feld\"}, {\"title\": \"Gut\", \"actionField\": \"LIVING\"}]")
                .post(Fixtures.IDEAS + "/imports?workshopId=" + UUID.randomUUID()).then().statusCode(400)
                .body("violations.field", hasItems("rows[1].action_field"));
        given().auth().oauth2(core).contentType("application/json").body("{\"title\": \"kein Array\"}")
                .post(Fixtures.IDEAS + "/imports?workshopId=" + UUID.randomUUID()).then().statusCode(400);
        assertEquals(2, TestInfra.count("select count(*) from idea where workshop_id = ?::uuid", workshop));
    }

    @Test
    void importsNeedTheCoreTeamAWorkshopAndAHeader() {
        given().auth().oauth2(Fixtures.ambassador("Ina Import", false).token()).contentType("text/csv").body(expertWorkshopCards())
                .post(Fixtures.IDEAS + "/imports?workshopId=" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Fixtures.staff("core-team")).contentType("text/csv").body(expertWorkshopCards())
                .post(Fixtures.IDEAS + "/imports").then().statusCode(400).body("violations[0].field", is("workshopId"));
        given().auth().oauth2(Fixtures.staff("core-team")).contentType("text/csv").body("name,comment\nA,B\n")
                .post(Fixtures.IDEAS + "/imports?workshopId=" + UUID.randomUUID()).then().statusCode(400).body("violations[0].field", is("header"));
        given().auth().oauth2(Fixtures.staff("core-team")).contentType("application/xml").body("<cards/>")
                .post(Fixtures.IDEAS + "/imports?workshopId=" + UUID.randomUUID()).then().statusCode(415);
    }
}

package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@IdeasTest
class SupportAndMergeTest {

    @Test
    void concurrentClicksGiveAnExactCount() throws Exception {
        TestAmbassadors.Ambassador author = Fixtures.ambassador("Clara Zählerin", true);
        String id = Fixtures.submit(author, "Sensoren für Luftqualität", "Messpunkte an Schulen und Kitas.", "LIVING");
        List<TestAmbassadors.Ambassador> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(Fixtures.ambassador("Unterstützer " + i, false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> clicks = new ArrayList<>();
            for (TestAmbassadors.Ambassador p : people) {
                // Everybody clicks three times at once: one support each must count.
                for (int k = 0; k < 3; k++) {
                    clicks.add(pool.submit(() -> given().auth().oauth2(p.token()).put(Fixtures.IDEAS + "/" + id + "/support").statusCode()));
                }
            }
            for (Future<Integer> click : clicks) {
                assertEquals(200, click.get());
            }
            given().get(Fixtures.IDEAS + "/" + id).then().body("supportCount", is(30));
            assertEquals(30, TestInfra.count("select count(*) from support where idea_id = ?::uuid", id));

            List<Future<Integer>> withdrawals = new ArrayList<>();
            for (TestAmbassadors.Ambassador p : people.subList(0, 10)) {
                for (int k = 0; k < 2; k++) {
                    withdrawals.add(pool.submit(() -> given().auth().oauth2(p.token()).delete(Fixtures.IDEAS + "/" + id + "/support").statusCode()));
                }
            }
            for (Future<Integer> w : withdrawals) {
                assertEquals(200, w.get());
            }
        } finally {
            pool.shutdown();
        }
        given().get(Fixtures.IDEAS + "/" + id).then().body("supportCount", is(20));
        assertEquals(20, TestInfra.count("select support_count from idea where id = ?::uuid", id));
    }

    @Test
    void mergingMovesSupportsWithoutCountingAnyoneTwice() {
        TestAmbassadors.Ambassador a = Fixtures.ambassador("Mara Eins", false);
        TestAmbassadors.Ambassador b = Fixtures.ambassador("Mara Zwei", false);
        TestAmbassadors.Ambassador c = Fixtures.ambassador("Mara Drei", false);
        String duplicate = Fixtures.submit(a, "Carsharing in Garstedt", "Mehr Carsharing-Stationen in Garstedt.", "LIVING");
        String original = Fixtures.submit(b, "Carsharing-Stationen in Garstedt", "Stationen für Carsharing in Garstedt ausbauen.", "LIVING");
        given().auth().oauth2(a.token()).put(Fixtures.IDEAS + "/" + duplicate + "/support").then().statusCode(200);
        given().auth().oauth2(b.token()).put(Fixtures.IDEAS + "/" + duplicate + "/support").then().statusCode(200);
        given().auth().oauth2(b.token()).put(Fixtures.IDEAS + "/" + original + "/support").then().statusCode(200);
        given().auth().oauth2(c.token()).put(Fixtures.IDEAS + "/" + original + "/support").then().statusCode(200);

        given().auth().oauth2(Fixtures.staff("core-team")).get(Fixtures.IDEAS + "/duplicate-candidates?ideaId=" + duplicate).then().statusCode(200)
                .body("items.findAll { (it.ideaId == '" + duplicate + "' && it.otherId == '" + original + "') || (it.ideaId == '" + original + "' && it.otherId == '" + duplicate + "') }.size()", is(1));

        String core = Fixtures.staff("core-team");
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("into", original, "reason", "Gleiche Idee"))
                .post(Fixtures.IDEAS + "/" + duplicate + "/merge").then().statusCode(200)
                .body("status", is("MERGED")).body("mergedInto", is(original)).body("supportCount", is(0));
        given().get(Fixtures.IDEAS + "/" + original).then().body("supportCount", is(3));
        assertEquals(3, TestInfra.count("select count(*) from support where idea_id = ?::uuid", original));

        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("into", original))
                .post(Fixtures.IDEAS + "/" + duplicate + "/merge").then().statusCode(409);
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("into", original))
                .post(Fixtures.IDEAS + "/" + original + "/merge").then().statusCode(400);
        given().auth().oauth2(c.token()).put(Fixtures.IDEAS + "/" + duplicate + "/support").then().statusCode(409);
    }
}

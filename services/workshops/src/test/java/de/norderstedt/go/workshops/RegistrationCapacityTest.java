package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WorkshopsTest
class RegistrationCapacityTest {

    @Test
    void aThousandPeopleAtOnceForOneHundredFiftySeatsGiveExactlyOneHundredFiftyConfirmed() throws Exception {
        String id = Fixtures.open(Fixtures.kickOff(150, 0));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String name = "Gast " + i + " " + UUID.randomUUID().toString().substring(0, 6);
                answers.add(pool.submit(() -> Fixtures.guest(id, name, "ON_SITE").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(150, TestInfra.count("select count(*) from registration where workshop_id = ?::uuid and status = 'CONFIRMED'", id));
        assertEquals(850, TestInfra.count("select count(*) from registration where workshop_id = ?::uuid and status = 'WAITLISTED'", id));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/occupancy").then().statusCode(200)
                .body("confirmedOnSite", is(150)).body("waitlisted", is(850)).body("confirmedOnline", is(0));
    }

    @Test
    void theWaitlistMovesUpInOrderAndEachModeKeepsItsOwnPlaces() {
        String id = Fixtures.open(Fixtures.kickOff(2, 1));
        String anna = Fixtures.guest(id, "Anna Erste", "ON_SITE").then().statusCode(201).body("status", is("CONFIRMED")).extract().path("cancelToken");
        String ben = Fixtures.guest(id, "Ben Zweiter", "ON_SITE").then().statusCode(201).body("status", is("CONFIRMED")).extract().path("cancelToken");
        String carl = Fixtures.guest(id, "Carl Dritter", "ON_SITE").then().statusCode(201).body("status", is("WAITLISTED")).extract().path("id");
        String dora = Fixtures.guest(id, "Dora Vierte", "ON_SITE").then().statusCode(201).body("status", is("WAITLISTED")).extract().path("id");
        // Online has its own place, free although on site is full; then its own waitlist.
        Fixtures.guest(id, "Emil Online", "ONLINE").then().statusCode(201).body("status", is("CONFIRMED"));
        String fritz = Fixtures.guest(id, "Fritz Online", "ONLINE").then().statusCode(201).body("status", is("WAITLISTED")).extract().path("id");

        // Nobody but the holder of the link cancels.
        given().header("Guest-Token", "x".repeat(32)).delete(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(404).contentType("application/problem+json");
        given().header("Guest-Token", anna).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200)
                .body("name", is("Anna Erste")).body("email", is("anna.erste@example.org")).body("status", is("CONFIRMED"));
        given().header("Guest-Token", anna).delete(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200).body("status", is("CANCELLED"));
        given().header("Guest-Token", anna).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200)
                .body("status", is("CANCELLED")).body("name", org.hamcrest.Matchers.nullValue()).body("email", org.hamcrest.Matchers.nullValue());
        assertEquals(0, TestInfra.count("select count(*) from registration where guest_email = 'anna.erste@example.org'"));
        assertEquals("CONFIRMED", status(carl));
        assertEquals("WAITLISTED", status(dora));
        assertEquals("WAITLISTED", status(fritz), "an on-site cancellation does not promote online");
        given().header("Guest-Token", ben).delete(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200);
        assertEquals("CONFIRMED", status(dora));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/occupancy").then()
                .body("confirmedOnSite", is(2)).body("confirmedOnline", is(1)).body("waitlisted", is(1));
        // Cancelling twice changes nothing.
        given().header("Guest-Token", anna).delete(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200);
        assertEquals("CONFIRMED", status(dora));

        // Staff read the list in the order the registrations came in, a page at a time.
        String staff = Fixtures.staff();
        String next = given().auth().oauth2(staff).queryParam("limit", 4).get(Fixtures.WORKSHOPS + "/" + id + "/registrations").then()
                .statusCode(200).body("items", hasSize(4)).body("items[2].id", is(carl)).body("items[3].id", is(dora))
                .body("items[0].guestName", nullValue()).body("items[2].guestName", is("Carl Dritter")).extract().path("next");
        given().auth().oauth2(staff).queryParam("limit", 4).queryParam("after", next).get(Fixtures.WORKSHOPS + "/" + id + "/registrations")
                .then().statusCode(200).body("items", hasSize(2)).body("items[1].id", is(fritz)).body("next", nullValue());
    }

    @Test
    void oneRegistrationPerPersonAndEvent() {
        String id = Fixtures.open(Fixtures.kickOff(10, 10));
        Fixtures.guest(id, "Doppelt Gemoppelt", "ON_SITE").then().statusCode(201);
        Fixtures.guest(id, "Doppelt Gemoppelt", "ONLINE").then().statusCode(409).contentType("application/problem+json");
        var amb = de.norderstedt.go.platform.testing.TestAmbassadors.active("Amb Assador", false);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("mode", "ONLINE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(201).body("status", is("CONFIRMED"));
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(409);
        given().auth().oauth2(amb.token()).delete(Fixtures.WORKSHOPS + "/" + id + "/registrations/mine").then().statusCode(200);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(201);
    }

    private static String status(String registrationId) {
        return (String) TestInfra.query("select status from registration where id = ?::uuid", registrationId).get(0).get("status");
    }
}

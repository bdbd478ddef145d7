package de.norderstedt.go.participants;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * X-Forwarded-* are believed only from a trusted proxy (the gateway): anyone else who reaches a
 * service and sends {@code X-Forwarded-Host: evil.example} gets an honest {@code Location}. The test
 * profile trusts 127.0.0.2 only; RestAssured calls from 127.0.0.1, the "proxy" from 127.0.0.2.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class ForwardedHeadersTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
        given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON)
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")
                .body(Fixtures.registration("Fabian Forward", "fabian." + UUID.randomUUID() + "@example.org", false))
                .post(Fixtures.ME).then().statusCode(201)
                .header("Location", startsWith("http://localhost:" + service.getPort() + "/api/participants/me"));
    }

    @Test
    void forwardedHeadersFromTheTrustedProxyAreHonoured() throws Exception {
        String body = new ObjectMapper().writeValueAsString(
                Fixtures.registration("Paula Proxy", "paula." + UUID.randomUUID() + "@example.org", false));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), service.getPort()), 2000);
            socket.setSoTimeout(10_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/participants/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + TestInfra.tokenForNewPerson() + "\r\n"
                    + "X-Forwarded-Proto: https\r\nX-Forwarded-Host: api.norderstedt-go.example\r\nX-Forwarded-Port: 443\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            String location = null;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase().startsWith("location:")) {
                    location = line.substring("location:".length()).strip();
                }
            }
            assertTrue(status.contains(" 201 "), status);
            assertEquals("https://api.norderstedt-go.example/api/participants/me", location);
        }
    }
}

package de.norderstedt.go.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one HTTP client of the local run, the demo data and the benchmarks: HTTP/1.1 (what the
 * gateway and the services speak), connections kept and shared by every thread, and the few
 * request shapes they send.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** The shared client, for what the helpers below do not cover (asynchronous sends, other body handlers). */
    static HttpClient client() {
        return CLIENT;
    }

    /** A request to {@code url}, with the bearer {@code token} unless it is null. */
    static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** A request with a body of {@code contentType} ({@code body} null: none). */
    static HttpRequest.Builder request(String method, String url, String token, String contentType, String body) {
        return request(url, token).header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** GET {@code url}; anything but 200 is an error. Returns the body. */
    static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(url, null).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A JSON request that must answer {@code expected}. Returns the body. */
    static String json(String method, String url, String token, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(method, url, token, "application/json", body).build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}

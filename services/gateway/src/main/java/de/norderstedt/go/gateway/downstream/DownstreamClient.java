package de.norderstedt.go.gateway.downstream;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The gateway's own requests to the services, beside the proxied ones: their API documents and
 * their readiness. One HTTP client for both, with a short connect timeout (the services are
 * near), and a timeout per request.
 */
@ApplicationScoped
public class DownstreamClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** GET {@code uri}, waiting at most {@code timeout} for the whole answer. */
    public HttpResponse<String> get(URI uri, Duration timeout) throws IOException, InterruptedException {
        return http.send(request(uri, timeout), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of GET {@code uri}, body discarded; fails when the service cannot be reached in {@code timeout}. */
    public CompletableFuture<Integer> status(URI uri, Duration timeout) {
        return http.sendAsync(request(uri, timeout), HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private static HttpRequest request(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    }
}

package de.norderstedt.go.platform.directory;

import de.norderstedt.go.platform.calls.ServiceToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Asks participants who the person behind a token subject is, with this service's own token
 * (role {@code service}). A slow or failing participants service is cut off after 3 s, and after
 * repeated failures the breaker opens for 10 s so that requests do not pile up behind it.
 */
@ApplicationScoped
public class ParticipantsClient {

    private final ParticipantsRestClient client;
    private final ServiceToken token;

    public ParticipantsClient(@RestClient ParticipantsRestClient client, ServiceToken token) {
        this.client = client;
        this.token = token;
    }

    /** Empty when nobody registered with this account. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<DirectoryEntry> bySubject(String subject) {
        try {
            return Optional.of(client.bySubject(subject, token.authorization()));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}

package de.norderstedt.go.gateway.edge;

import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request through the gateway carries an {@code X-Request-Id}: the client's, if it sent a
 * sensible one, else a new one. It is forwarded to the service, returned to the client, and
 * written in the gateway's access log, so one id finds a request in every log.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger LOG = Logger.getLogger("de.norderstedt.go.gateway.access");

    private RequestIds() {
    }

    public static void handle(RoutingContext rc) {
        // Nothing reads the body before the proxy streams it on; hold it until then.
        rc.request().pause();
        String given = rc.request().getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        rc.request().headers().set(HEADER, id);
        rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, id));
        long start = System.nanoTime();
        rc.addEndHandler(v -> LOG.infof("%s %s %s -> %d in %d ms", id, rc.request().method(), rc.request().path(),
                rc.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000));
        rc.next();
    }
}

package de.norderstedt.go.gateway.edge;

import de.norderstedt.go.gateway.problem.Problems;
import io.vertx.ext.web.RoutingContext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One path per request, the same for the gateway's rules and the service's router. The gateway
 * routes on the normalised path (RFC 3986: dot segments removed, encoded unreserved characters
 * such as {@code %2D} decoded) and forwards exactly that path, so a service never sees
 * {@code ..} or an encoding the gateway did not. Its rules (internal paths, the rate limit) match
 * the fully decoded form, which is what the services' JAX-RS routing matches. Paths that could
 * mean one thing here and another there are refused with 400: an encoded slash, backslash or NUL,
 * a matrix parameter ({@code ;}), any character RFC 3986 does not allow raw in a path (a
 * backslash, a space, a byte above 127).
 */
public final class EdgePath {

    /** The decoded path (String) in the routing context. */
    static final String DECODED = "go.path";

    /** What RFC 3986 allows in a path (pchar and '/'), less ';'; anything else, raw, is refused. */
    private static final Pattern PATH_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,=:@/%]*");
    private static final Pattern AMBIGUOUS = Pattern.compile("(?i)%(2f|5c|00)");

    private EdgePath() {
    }

    public static void handle(RoutingContext rc) {
        String raw = rc.request().path();
        String normalised = rc.normalizedPath();
        String decoded;
        try {
            decoded = URLDecoder.decode(normalised.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            refuse(rc, "is not a valid percent-encoded path");
            return;
        }
        if (raw == null || !PATH_CHARACTERS.matcher(raw).matches() || AMBIGUOUS.matcher(raw).find()) {
            refuse(rc, "must not contain encoded slashes, backslashes or NUL, nor ';' or characters that are not percent-encoded");
            return;
        }
        rc.put(DECODED, decoded.length() > 1 && decoded.endsWith("/") ? decoded.substring(0, decoded.length() - 1) : decoded);
        rc.next();
    }

    /** The decoded, normalised path of the request: what the rules match and the services route on. */
    public static String decoded(RoutingContext rc) {
        String path = rc.get(DECODED);
        return path == null ? rc.normalizedPath() : path;
    }

    private static void refuse(RoutingContext rc, String message) {
        Problems.invalid(rc, "path", message, "The request path " + message);
    }
}

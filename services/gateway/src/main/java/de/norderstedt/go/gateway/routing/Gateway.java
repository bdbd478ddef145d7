package de.norderstedt.go.gateway.routing;

import de.norderstedt.go.gateway.config.GatewayConfig;
import de.norderstedt.go.gateway.edge.ClientAddress;
import de.norderstedt.go.gateway.edge.EdgePath;
import de.norderstedt.go.gateway.edge.InternalPaths;
import de.norderstedt.go.gateway.edge.RateLimiter;
import de.norderstedt.go.gateway.edge.RequestIds;
import de.norderstedt.go.gateway.edge.TokenCheck;
import de.norderstedt.go.gateway.openapi.OpenApiDocument;
import de.norderstedt.go.gateway.problem.Problems;
import de.norderstedt.go.platform.problem.ProblemType;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * The routes of the gateway. Every {@code /api/**} request gets a request id, has its path
 * normalised ({@link EdgePath}), is refused if it is under a service's {@code /internal}
 * ({@link InternalPaths}), has its bearer token checked, counts against the rate limit if it is a
 * public write, and is proxied to the service named by its prefix. {@code /openapi.json} (and
 * {@code .yaml}) is the merged API document, shown by the Swagger UI at {@code /q/swagger-ui}.
 */
@ApplicationScoped
public class Gateway {

    private final GatewayConfig config;
    private final TokenCheck tokens;
    private final RateLimiter rateLimiter;
    private final OpenApiDocument openApi;
    private final ClientAddress clients;

    public Gateway(GatewayConfig config, TokenCheck tokens, RateLimiter rateLimiter, OpenApiDocument openApi, ClientAddress clients) {
        this.clients = clients;
        this.config = config;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.openApi = openApi;
    }

    void routes(@Observes Router router, Vertx vertx) {
        router.route("/api/*").handler(RequestIds::handle).handler(EdgePath::handle).handler(InternalPaths::handle)
                .handler(tokens::handle).handler(rateLimiter::handle);
        for (Map.Entry<String, GatewayConfig.Route> route : config.routes().entrySet()) {
            ServiceProxy proxy = new ServiceProxy(vertx, route.getKey(), route.getValue(), config.keepAlive(), config.publicUrl(), clients);
            router.route("/api/" + route.getKey()).handler(proxy::handle);
            router.route("/api/" + route.getKey() + "/*").handler(proxy::handle);
        }
        router.route("/api/*").handler(rc -> Problems.send(rc, ProblemType.NOT_FOUND,
                "No service answers " + rc.request().path() + "; the API is under /api/{" + String.join(",", config.routes().keySet()) + "}"));
        router.get("/openapi.json").blockingHandler(openApi::serveJson);
        router.get("/openapi.yaml").blockingHandler(openApi::serveYaml);
        router.get("/").handler(rc -> rc.redirect("/q/swagger-ui"));
    }
}

package de.norderstedt.go.gateway.routing;

import de.norderstedt.go.gateway.config.GatewayConfig;
import de.norderstedt.go.gateway.edge.ClientAddress;
import de.norderstedt.go.gateway.problem.Problems;
import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.problem.ProblemType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One service behind the gateway: a Vert.x reverse proxy (io.vertx:vertx-http-proxy) that streams
 * bodies and keeps status, headers and query strings. A service that cannot be reached is a 503
 * problem at once; one that does not answer in time a 504 — never a hanging client. An idempotent
 * request that meets a connection the service has closed is sent once more.
 */
final class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private static final String RETRY = "go.retry";

    private final String name;
    private final HttpProxy proxy;

    /** Headers about the way a request came, which only the gateway may set towards the services. */
    private static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Proto",
            "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl", "X-Real-IP");

    ServiceProxy(Vertx vertx, String name, GatewayConfig.Route route, Duration keepAlive, URI publicUrl, ClientAddress clients) {
        this.name = name;
        URI url = route.url();
        int timeoutMs = (int) route.timeout().toMillis();
        // A pooled connection is given up after keepAlive without use, before the service's own idle
        // timeout (quarkus.http.idle-timeout, 60 s) closes it under a request.
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout(Math.min(timeoutMs, 2_000))
                        .setIdleTimeout(timeoutMs).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                        .setKeepAlive(true).setKeepAliveTimeout((int) Math.max(1, keepAlive.toSeconds())),
                new PoolOptions().setHttp1MaxSize(64));
        HttpClient fresh = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.min(timeoutMs, 2_000))
                .setIdleTimeout(timeoutMs).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(false));
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        int publicPort = publicUrl.getPort() > 0 ? publicUrl.getPort() : ("https".equals(publicUrl.getScheme()) ? 443 : 80);
        SocketAddress origin = SocketAddress.inetSocketAddress(port, url.getHost());
        this.proxy = HttpProxy.reverseProxy(client).origin(context ->
                (Boolean.TRUE.equals(context.get(RETRY, Boolean.class)) ? fresh : client)
                        .request(new RequestOptions().setServer(origin)));
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                ProxyRequest request = context.request();
                var incoming = request.proxiedRequest();
                // The path the gateway routed on (dot segments gone, see edge.EdgePath), not the client's spelling.
                String query = incoming.query();
                request.setURI(HttpUtils.normalizePath(incoming.path()) + (query == null ? "" : "?" + query));
                // What a client sends about proxies is not passed on: the services build Location and
                // other absolute URLs from these headers, and read the client address from them.
                FORWARDING.forEach(request.headers()::remove);
                request.headers().set("X-Forwarded-For", clients.of(incoming));
                request.headers().set("X-Forwarded-Proto", publicUrl.getScheme());
                request.headers().set("X-Forwarded-Host", publicUrl.getAuthority());
                request.headers().set("X-Forwarded-Port", Integer.toString(publicPort));
                Future<ProxyResponse> response = IDEMPOTENT.contains(request.getMethod()) && withoutBody(request)
                        ? sendRetryingOnce(context) : context.sendRequest();
                return response.recover(failure -> Future.succeededFuture(unavailable(request, failure)));
            }
        });
    }

    /**
     * A pooled connection the service has just closed fails the request before any answer came.
     * An idempotent request without a body (RFC 9110, 9.2.2) is then sent again, on a new
     * connection of its own (not from the pool, whose other connections may be closing too), at
     * most twice. Requests with a body are streamed through and not repeated.
     */
    private Future<ProxyResponse> sendRetryingOnce(ProxyContext context) {
        return context.sendRequest().recover(failure -> resend(context, failure, 2));
    }

    private Future<ProxyResponse> resend(ProxyContext context, Throwable failure, int attemptsLeft) {
        if (attemptsLeft == 0 || !closedConnection(failure)) {
            return Future.failedFuture(failure);
        }
        ProxyRequest request = context.request();
        LOG.debugf("%s %s: connection closed before the answer (%s), sending once more", name, request.getURI(), failure);
        context.set(RETRY, Boolean.TRUE);
        request.setBody(Body.body(Buffer.buffer()));
        return context.sendRequest().recover(again -> resend(context, again, attemptsLeft - 1));
    }

    private static boolean withoutBody(ProxyRequest request) {
        var incoming = request.proxiedRequest();
        String length = incoming.getHeader("Content-Length");
        return incoming.getHeader("Transfer-Encoding") == null && (length == null || length.strip().equals("0"));
    }

    private static boolean closedConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException || t instanceof StreamResetException
                    || (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("reset"))) {
                return true;
            }
        }
        return false;
    }

    void handle(RoutingContext rc) {
        proxy.handle(rc.request());
    }

    private ProxyResponse unavailable(ProxyRequest request, Throwable failure) {
        boolean timeout = failure instanceof TimeoutException
                || (failure.getMessage() != null && failure.getMessage().toLowerCase().contains("timeout"));
        ProblemType type = timeout ? ProblemType.GATEWAY_TIMEOUT : ProblemType.UNAVAILABLE;
        LOG.warnf("%s %s: %s (%s)", name, request.getURI(), type.title(), failure.toString());
        String detail = timeout ? "The " + name + " service did not answer in time; try again shortly"
                : "The " + name + " service cannot be reached right now; try again shortly";
        ProxyResponse response = request.response().setStatusCode(type.status()).setStatusMessage(type.title());
        response.headers().clear();
        response.putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (!timeout) {
            response.putHeader("Retry-After", "5");
        }
        return response.setBody(Body.body(Buffer.buffer(Problems.body(type, detail, request.proxiedRequest().path()))));
    }
}

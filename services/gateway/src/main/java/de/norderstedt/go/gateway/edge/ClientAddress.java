package de.norderstedt.go.gateway.edge;

import de.norderstedt.go.gateway.config.GatewayConfig;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.util.List;

/**
 * The address of the client, as far as the gateway can know it. A request from one of the
 * configured trusted proxies ({@code go.gateway.trusted-proxies}, the city's ingress) names the
 * client in {@code X-Forwarded-For}: each proxy appends the address it saw, so the right-most
 * entry that is not a trusted proxy is the client, and everything left of it is what the client
 * chose to send. A request from anywhere else is its peer address; its {@code X-Forwarded-For}
 * means nothing.
 */
@ApplicationScoped
public class ClientAddress {

    private record Range(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            return rest == 0 || ((bytes[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    private final List<Range> trusted;

    public ClientAddress(GatewayConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(ClientAddress::range).toList();
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        String host = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] network = NetUtil.createByteArrayFromIpAddressString(host);
        if (network == null) {
            throw new IllegalArgumentException("go.gateway.trusted-proxies: " + cidr + " is no IP address or CIDR range");
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("go.gateway.trusted-proxies: " + cidr + " has no valid prefix length");
        }
        return new Range(network, prefix);
    }

    /** The client's address (an IP literal). */
    public String of(RoutingContext rc) {
        return of(rc.request());
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        if (!isTrusted(peer)) {
            return peer;
        }
        String client = peer;
        List<String> forwarded = request.headers().getAll("X-Forwarded-For");
        for (int h = forwarded.size() - 1; h >= 0; h--) {
            String[] entries = forwarded.get(h).split(",");
            for (int i = entries.length - 1; i >= 0; i--) {
                String entry = entries[i].strip();
                if (NetUtil.createByteArrayFromIpAddressString(entry) == null) {
                    return client;
                }
                client = entry;
                if (!isTrusted(entry)) {
                    return entry;
                }
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
        return parsed != null && trusted.stream().anyMatch(r -> r.contains(parsed));
    }
}

package io.pitstop.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The network address a request came from, as rate limits count it. Behind a reverse proxy, enable Quarkus' proxy
 * address forwarding (QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING with the proxy as trusted) and this is the
 * client's address the proxy saw; never trust a forwarded header the server did not vouch for.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String host = remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        if (host == null || host.isBlank()) {
            return "unknown";
        }
        return host.length() > 45 ? host.substring(0, 45) : host;
    }
}

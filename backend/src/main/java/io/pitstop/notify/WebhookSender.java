package io.pitstop.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Posts each message as JSON to a configured URL (an SMS/WeChat gateway, or the shop's integration service).
 * Any answer but 2xx, a timeout or a refused connection is a failure; the dispatcher retries with backoff.
 */
public class WebhookSender implements ChannelSender {

    private final WebClient client;
    private final String url;
    private final long timeoutMillis;

    public WebhookSender(WebClient client, String url, long timeoutMillis) {
        this.client = client;
        this.url = url;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public Uni<Void> send(OutboxMessage message) {
        return client.postAbs(url)
                .timeout(timeoutMillis)
                .putHeader("Idempotency-Key", message.id.toString())
                .sendJsonObject(new JsonObject(message.payload))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException("webhook answered " + response.statusCode());
                    }
                    return null;
                });
    }
}

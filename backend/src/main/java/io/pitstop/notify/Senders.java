package io.pitstop.notify;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Chooses the sender: the webhook when PITSTOP_NOTIFY_WEBHOOK_URL is set, the log (and PITSTOP_NOTIFY_LOG_FILE) otherwise. */
@ApplicationScoped
public class Senders {

    @Produces
    @Singleton
    ChannelSender sender(Vertx vertx,
                         @ConfigProperty(name = "pitstop.notify.webhook-url") Optional<String> url,
                         @ConfigProperty(name = "pitstop.notify.webhook-timeout", defaultValue = "PT5S") Duration timeout,
                         @ConfigProperty(name = "pitstop.notify.log-file") Optional<String> logFile) {
        if (url.isPresent() && !url.get().isBlank()) {
            return new WebhookSender(WebClient.create(vertx), url.get(), timeout.toMillis());
        }
        return new LogSender(vertx, logFile.filter(f -> !f.isBlank()).map(f -> Path.of(f).toAbsolutePath().normalize()).orElse(null));
    }
}

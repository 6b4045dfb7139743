package io.pitstop.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The sender when no gateway is configured (development, the demo, tests): nothing leaves the machine. Each message
 * is written to the log, readable ("SMS to 139...: text"), and, when a file is configured, appended to it as one
 * JSON line, so a test or a demo user can read a one-time code that was "sent".
 */
public class LogSender implements ChannelSender {

    private static final Logger LOG = Logger.getLogger(LogSender.class);

    private final Vertx vertx;
    private final Path file;

    public LogSender(Vertx vertx, Path file) {
        this.vertx = vertx;
        this.file = file;
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public boolean delivers() {
        return false;
    }

    @Override
    public Uni<Void> send(OutboxMessage message) {
        JsonObject payload = new JsonObject(message.payload);
        LOG.infof("%s to %s [%s]: %s", message.channel, message.address, payload.getString("kind"), payload.getString("text"));
        if (file == null) {
            return Uni.createFrom().voidItem();
        }
        byte[] line = (payload.encode() + "\n").getBytes(StandardCharsets.UTF_8);
        // O_APPEND on a worker thread: each line lands whole at the end, however many messages are sent at once. (An
        // AsyncFile opened "for append" starts at the size it saw when opened, so two sends at the same moment wrote
        // over each other's line, and a registration code went missing.)
        return vertx.executeBlocking(() -> {
            Files.createDirectories(file.getParent());
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return null;
        }, false).replaceWithVoid();
    }
}

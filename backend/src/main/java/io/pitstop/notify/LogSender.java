package io.pitstop.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import org.jboss.logging.Logger;

import java.nio.file.Path;

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
        Buffer line = Buffer.buffer(payload.encode() + "\n");
        String path = file.toString();
        return vertx.fileSystem().mkdirs(file.getParent().toString())
                .chain(() -> vertx.fileSystem().open(path, new OpenOptions().setAppend(true).setCreate(true)))
                .chain(f -> f.write(line).eventually(f::close));
    }
}

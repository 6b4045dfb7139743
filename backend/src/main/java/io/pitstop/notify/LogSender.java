package io.pitstop.notify;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/** The default sender: writes the message to the log (no gateway configured). */
public class LogSender implements ChannelSender {

    private static final Logger LOG = Logger.getLogger(LogSender.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public Uni<Void> send(OutboxMessage message) {
        LOG.infof("%s to %s: %s", message.channel, message.address, message.payload);
        return Uni.createFrom().voidItem();
    }
}

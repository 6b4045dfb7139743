package io.pitstop.notify;

import io.smallrye.mutiny.Uni;

/** Delivers outbox messages to an external channel (SMS gateway, WeChat, e-mail). A failure is retried later. */
public interface ChannelSender {

    /** A short name for logs and the outbox view. */
    String name();

    Uni<Void> send(OutboxMessage message);

    /** False when messages only go to the log (no gateway configured): the SPA then says where to read a code. */
    default boolean delivers() {
        return true;
    }
}

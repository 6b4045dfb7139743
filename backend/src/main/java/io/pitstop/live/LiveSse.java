package io.pitstop.live;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;

/** Server-sent events on the wire: {@code id:} the feed position, {@code event:} the type, {@code data:} the JSON. */
public final class LiveSse {

    private LiveSse() {
    }

    /** The events, with a comment line every {@code heartbeat} so that idle streams survive proxies. */
    public static Multi<OutboundSseEvent> of(Sse sse, Multi<LiveEvent> events, Duration heartbeat) {
        Multi<OutboundSseEvent> data = events.map(e -> sse.newEventBuilder()
                .id(Long.toString(e.id()))
                .name(e.type())
                .data(String.class, e.json())
                .build());
        Multi<OutboundSseEvent> beats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(data, beats);
    }
}

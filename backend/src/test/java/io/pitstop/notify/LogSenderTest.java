package io.pitstop.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The file of "sent" messages, which tests and demo users read codes from, keeps every line whole. */
class LogSenderTest {

    @Test
    void messagesSentAtTheSameMomentEachLandOnALineOfTheirOwn(@TempDir Path dir) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Path file = dir.resolve("sms").resolve("sent.jsonl");
            LogSender sender = new LogSender(vertx, file);
            List<Uni<Void>> sends = IntStream.range(0, 200).mapToObj(i -> sender.send(message(i))).toList();
            Uni.join().all(sends).andFailFast().await().atMost(Duration.ofSeconds(30));

            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(200);
            assertThat(lines.stream().map(l -> new JsonObject(l).getString("text")))
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 200).mapToObj(i -> "code " + i).toList());
        } finally {
            vertx.closeAndAwait();
        }
    }

    private static OutboxMessage message(int i) {
        OutboxMessage m = new OutboxMessage();
        m.channel = "SMS";
        m.address = "1390000" + String.format("%04d", i);
        m.payload = new JsonObject().put("kind", "PHONE_CODE").put("text", "code " + i).encode();
        return m;
    }
}

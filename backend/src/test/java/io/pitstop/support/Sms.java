package io.pitstop.support;

import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the log sender "sent" by SMS, read back from the file it appends to under the test profile
 * (pitstop.notify.log-file): how a test reads the one-time code a person would read on their phone.
 */
public final class Sms {

    private Sms() {
    }

    /** Every message sent to the phone, oldest first. */
    public static List<JsonObject> to(String phone) {
        Path file = Path.of(ConfigProvider.getConfig().getValue("pitstop.notify.log-file", String.class));
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(JsonObject::new)
                    .filter(m -> phone.equals(m.getString("to")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest one-time code sent to the phone. */
    public static Optional<String> lastCode(String phone) {
        List<JsonObject> messages = to(phone);
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonObject m = messages.get(i);
            if ("PHONE_CODE".equals(m.getString("kind"))) {
                return Optional.of(m.getJsonObject("params").getString("code"));
            }
        }
        return Optional.empty();
    }
}

package io.pitstop.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a notification in the recipient's inbox and, when the recipient has an external address, queues it in the
 * outbox. Runs in the caller's transaction: the notification exists exactly when the change it reports does.
 */
@ApplicationScoped
public class Notifier {

    /** Who receives it: an account, and optionally a phone for SMS. */
    public record Recipient(UUID accountId, String smsPhone) {
        public static Recipient inAppOnly(UUID accountId) {
            return new Recipient(accountId, null);
        }
    }

    private final NotificationRepository notifications;
    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public Notifier(NotificationRepository notifications, OutboxRepository outbox, ObjectMapper json, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public Uni<Void> send(Recipient to, String kind, Map<String, String> params, String text, UUID appointmentId) {
        return send(to, kind, params, text, appointmentId, null);
    }

    /** A message about a repair order (and the booking it came from, if any). */
    public Uni<Void> send(Recipient to, String kind, Map<String, String> params, String text, UUID appointmentId, UUID repairOrderId) {
        return send(to, kind, params, text, appointmentId, repairOrderId, null);
    }

    /** A message about a complaint (and the repair order it concerns, if any). */
    public Uni<Void> send(Recipient to, String kind, Map<String, String> params, String text, UUID appointmentId, UUID repairOrderId,
                          UUID complaintId) {
        Instant now = clock.instant();
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientId = to.accountId();
        n.kind = kind;
        n.params = write(params);
        n.text = text.length() > 1000 ? text.substring(0, 1000) : text;
        n.appointmentId = appointmentId;
        n.repairOrderId = repairOrderId;
        n.complaintId = complaintId;
        n.createdAt = now;
        Uni<?> stored = notifications.persist(n);
        if (to.smsPhone() == null) {
            return stored.replaceWithVoid();
        }
        OutboxMessage m = new OutboxMessage();
        m.id = UUID.randomUUID();
        m.notificationId = n.id;
        m.channel = "SMS";
        m.address = to.smsPhone();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", m.id.toString());
        payload.put("channel", "SMS");
        payload.put("to", to.smsPhone());
        payload.put("kind", kind);
        payload.put("text", n.text);
        payload.put("params", params);
        m.payload = write(payload);
        m.status = OutboxMessage.PENDING;
        m.nextAttemptAt = now;
        m.createdAt = now;
        return stored.chain(() -> outbox.persist(m)).replaceWithVoid();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

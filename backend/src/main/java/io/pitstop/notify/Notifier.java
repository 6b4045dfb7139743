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
        OutboxMessage m = sms(to.smsPhone(), kind, params, n.text, now);
        m.notificationId = n.id;
        return stored.chain(() -> outbox.persist(m)).replaceWithVoid();
    }

    /**
     * A text to a phone that is not (yet) anybody's inbox, such as a one-time code: only the outbox, in the caller's
     * transaction. A sensitive text is blanked once delivered; a message still undelivered at {@code expiresAt} is
     * never sent. Answers the message id, for {@link OutboxDispatcher#dispatchNow}.
     */
    public Uni<UUID> sendToPhone(String phone, String kind, Map<String, String> params, String text, Instant expiresAt,
                                 boolean sensitive) {
        OutboxMessage m = sms(phone, kind, params, text, clock.instant());
        m.expiresAt = expiresAt;
        m.sensitive = sensitive;
        return outbox.persist(m).replaceWith(m.id);
    }

    private OutboxMessage sms(String phone, String kind, Map<String, String> params, String text, Instant now) {
        OutboxMessage m = new OutboxMessage();
        m.id = UUID.randomUUID();
        m.channel = "SMS";
        m.kind = kind;
        m.address = phone;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", m.id.toString());
        payload.put("channel", "SMS");
        payload.put("to", phone);
        payload.put("kind", kind);
        payload.put("text", text);
        payload.put("params", params);
        m.payload = write(payload);
        m.status = OutboxMessage.PENDING;
        m.nextAttemptAt = now;
        m.createdAt = now;
        return m;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

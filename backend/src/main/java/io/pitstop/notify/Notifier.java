package io.pitstop.notify;

import io.pitstop.common.JsonText;
import io.pitstop.common.Language;
import io.pitstop.common.Messages;
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

    /**
     * Who receives it: an account, optionally a phone for SMS, and the language the person reads (the SMS is written
     * in it; the inbox follows the reader's language when read).
     */
    public record Recipient(UUID accountId, String smsPhone, Language language) {
        public Recipient {
            language = language == null ? Language.DEFAULT : language;
        }

        /** In the inbox and by SMS, in the account's language. */
        public static Recipient bySms(UUID accountId, String phone, String languageTag) {
            return new Recipient(accountId, phone, Language.ofTag(languageTag));
        }

        /** In the inbox only. */
        public static Recipient inAppOnly(UUID accountId) {
            return new Recipient(accountId, null, Language.DEFAULT);
        }
    }

    /** What a message is about, so the inbox can link to it. */
    public record About(UUID appointmentId, UUID repairOrderId, UUID complaintId) {
        public static final About NOTHING = new About(null, null, null);

        public static About booking(UUID appointmentId) {
            return new About(appointmentId, null, null);
        }

        public static About order(UUID appointmentId, UUID repairOrderId) {
            return new About(appointmentId, repairOrderId, null);
        }

        public static About complaint(UUID repairOrderId, UUID complaintId) {
            return new About(null, repairOrderId, complaintId);
        }
    }

    private final NotificationRepository notifications;
    private final OutboxRepository outbox;
    private final JsonText json;
    private final Clock clock;

    public Notifier(NotificationRepository notifications, OutboxRepository outbox, JsonText json, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A message of the catalogue: its text comes from the bundles, in the recipient's language, with the values of
     * {@code params} (durations among them, taken from the configured rules by the caller).
     */
    public Uni<Void> send(Recipient to, NotificationKind kind, Map<String, String> params, About about) {
        kind.check(params);
        return store(to, kind, params, text(kind, params, to.language()), about);
    }

    /** The text of a kind in a language: its sentence, then each optional sentence whose parameter is present. */
    public static String text(NotificationKind kind, Map<String, String> params, Language language) {
        StringBuilder text = new StringBuilder(Messages.text(language, kind.key(), params));
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                Messages.template(language, kind.key() + "." + p.getKey()).ifPresent(t -> text.append(Messages.fill(language, t, params)));
            }
        }
        return text.toString();
    }

    /** A text to a phone that is nobody's inbox yet, in the given language such as a one-time code: only the outbox, in the
     * caller's transaction. A sensitive text is blanked once delivered; a message still undelivered at {@code expiresAt}
     * is never sent. Answers the message id, for {@link OutboxDispatcher#dispatchNow}. */
    public Uni<UUID> sendToPhone(String phone, NotificationKind kind, Map<String, String> params, Language language,
                                 Instant expiresAt, boolean sensitive) {
        kind.check(params);
        OutboxMessage m = sms(phone, kind, params, text(kind, params, language), clock.instant());
        m.expiresAt = expiresAt;
        m.sensitive = sensitive;
        return outbox.persist(m).replaceWith(m.id);
    }

    /** The inbox row and, with a phone, the outbox message: in the caller's transaction. */
    private Uni<Void> store(Recipient to, NotificationKind kind, Map<String, String> params, String text, About about) {
        Instant now = clock.instant();
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientId = to.accountId();
        n.kind = kind.name();
        n.params = json.write(params);
        n.text = text.length() > 1000 ? text.substring(0, 1000) : text;
        n.appointmentId = about.appointmentId();
        n.repairOrderId = about.repairOrderId();
        n.complaintId = about.complaintId();
        n.createdAt = now;
        Uni<?> stored = notifications.persist(n);
        if (to.smsPhone() == null) {
            return stored.replaceWithVoid();
        }
        OutboxMessage m = sms(to.smsPhone(), kind, params, n.text, now);
        m.notificationId = n.id;
        return stored.chain(() -> outbox.persist(m)).replaceWithVoid();
    }

    private OutboxMessage sms(String phone, NotificationKind kind, Map<String, String> params, String text, Instant now) {
        OutboxMessage m = new OutboxMessage();
        m.id = UUID.randomUUID();
        m.channel = "SMS";
        m.kind = kind.name();
        m.address = phone;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", m.id.toString());
        payload.put("channel", "SMS");
        payload.put("to", phone);
        payload.put("kind", kind.name());
        payload.put("text", text);
        payload.put("params", params);
        m.payload = json.write(payload);
        m.status = OutboxMessage.PENDING;
        m.nextAttemptAt = now;
        m.createdAt = now;
        return m;
    }

}

package io.pitstop.notify;

import io.pitstop.common.JsonText;
import io.pitstop.common.Language;
import io.pitstop.common.Messages;
import io.pitstop.common.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** One message of a batch ({@link #sendAll}). */
    public record Outgoing(Recipient to, NotificationKind kind, Map<String, String> params, About about) {
    }

    /**
     * {@link #send} for a batch (a scheduled job's notices): the same rows, texts from the same catalogue, written in
     * two statements (the inbox rows, then the outbox messages of those with a phone) instead of two per message.
     */
    public Uni<Void> sendAll(List<Outgoing> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        List<Map<String, Object>> inbox = new ArrayList<>(batch.size());
        List<Map<String, Object>> sms = new ArrayList<>();
        for (Outgoing o : batch) {
            o.kind().check(o.params());
            String text = text(o.kind(), o.params(), o.to().language());
            text = text.length() > 1000 ? text.substring(0, 1000) : text;
            UUID id = UUID.randomUUID();
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", id);
            n.put("recipient_id", o.to().accountId());
            n.put("kind", o.kind().name());
            n.put("params", json.write(o.params()));
            n.put("text", text);
            n.put("appointment_id", o.about().appointmentId());
            n.put("repair_order_id", o.about().repairOrderId());
            n.put("complaint_id", o.about().complaintId());
            inbox.add(n);
            if (o.to().smsPhone() != null) {
                OutboxMessage m = sms(o.to().smsPhone(), o.kind(), o.params(), text, now);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", m.id);
                row.put("notification_id", id);
                row.put("kind", m.kind);
                row.put("address", m.address);
                row.put("payload", m.payload);
                sms.add(row);
            }
        }
        return NativeSql.update("""
                        insert into notification (id, recipient_id, kind, params, text, appointment_id, repair_order_id, complaint_id, created_at)
                        select id, recipient_id, kind, params, text, appointment_id, repair_order_id, complaint_id, ?2
                        from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as x(id uuid, recipient_id uuid, kind varchar, params text, text varchar,
                                                                      appointment_id uuid, repair_order_id uuid, complaint_id uuid)
                        """, json.write(inbox), now)
                .chain(() -> sms.isEmpty() ? Uni.createFrom().item(0) : NativeSql.update("""
                        insert into outbox_message (id, notification_id, kind, channel, address, payload, status, attempts,
                                                    next_attempt_at, created_at, sensitive)
                        select id, notification_id, kind, 'SMS', address, payload, ?3, 0, ?2, ?2, false
                        from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as x(id uuid, notification_id uuid, kind varchar, address varchar, payload text)
                        """, json.write(sms), now, OutboxMessage.PENDING))
                .replaceWithVoid();
    }

    /**
     * A message to one person (inbox and, with a phone, SMS) and another to the inbox of every active account of these
     * roles, in one statement: the accounts are chosen by the statement itself, so one deactivated before it runs is not
     * told, and nothing is read first. Inbox-only texts are written in the default language, as {@link #send} does.
     */
    public Uni<Void> sendWithInboxes(Recipient to, NotificationKind kind, NotificationKind inboxKind,
                                     Map<String, String> params, About about, List<String> roles) {
        kind.check(params);
        inboxKind.check(params);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        String text = clip(text(kind, params, to.language()));
        String payload = to.smsPhone() == null ? null : payload(messageId, to.smsPhone(), kind, params, text);
        Object[] p = {id, to.accountId(), kind.name(), json.write(params), text, about.appointmentId(),
                about.repairOrderId(), about.complaintId(), now, messageId, to.smsPhone(), payload,
                inboxKind.name(), clip(text(inboxKind, params, Language.DEFAULT)), roles};
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(SEND_WITH_INBOXES);
            for (int i = 0; i < p.length; i++) {
                q.setParameter(i + 1, p[i]);
            }
            return q.executeUpdate();
        }).replaceWithVoid();
    }

    /** The person's row, their SMS if they have a phone (?11), and one inbox row per active account of the roles. */
    static final String SEND_WITH_INBOXES = """
            with own as (
                insert into notification (id, recipient_id, kind, params, text, appointment_id, repair_order_id,
                                          complaint_id, created_at)
                values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as text), cast(?4 as text), cast(?5 as text),
                        cast(?6 as uuid), cast(?7 as uuid), cast(?8 as uuid), cast(?9 as timestamptz))
            ), sms as (
                insert into outbox_message (id, notification_id, kind, channel, address, payload, status, attempts,
                                            next_attempt_at, created_at)
                select cast(?10 as uuid), cast(?1 as uuid), cast(?3 as text), 'SMS', cast(?11 as text),
                       cast(?12 as text), 'PENDING', 0, cast(?9 as timestamptz), cast(?9 as timestamptz)
                where cast(?11 as text) is not null
            )
            insert into notification (id, recipient_id, kind, params, text, appointment_id, repair_order_id, complaint_id,
                                      created_at)
            select gen_random_uuid(), a.id, cast(?13 as text), cast(?4 as text), cast(?14 as text), cast(?6 as uuid),
                   cast(?7 as uuid), cast(?8 as uuid), cast(?9 as timestamptz)
            from account a where a.role in (?15) and a.active
            """;

    private static String clip(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
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
        n.text = clip(text);
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

    private String payload(UUID id, String phone, NotificationKind kind, Map<String, String> params, String text) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id.toString());
        payload.put("channel", "SMS");
        payload.put("to", phone);
        payload.put("kind", kind.name());
        payload.put("text", text);
        payload.put("params", params);
        return json.write(payload);
    }

    private OutboxMessage sms(String phone, NotificationKind kind, Map<String, String> params, String text, Instant now) {
        OutboxMessage m = new OutboxMessage();
        m.id = UUID.randomUUID();
        m.channel = "SMS";
        m.kind = kind.name();
        m.address = phone;
        m.payload = payload(m.id, phone, kind, params, text);
        m.status = OutboxMessage.PENDING;
        m.nextAttemptAt = now;
        m.createdAt = now;
        return m;
    }

}

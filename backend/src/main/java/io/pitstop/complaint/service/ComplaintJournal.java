package io.pitstop.complaint.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pitstop.common.JsonText;
import io.pitstop.common.Times;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepFacts;
import io.pitstop.complaint.ComplaintStepView;
import io.pitstop.complaint.EvidenceView;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.complaint.persistence.ComplaintStep;
import io.pitstop.complaint.persistence.ComplaintStepRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Person;
import io.pitstop.shop.ShopService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The complaint's record: its unique number (TS-yyyyMMdd-NNNN, counted per day of filing in the shop's time zone),
 * and the steps of its handling, appended and never changed (the database refuses updates and deletes), with who
 * took each, when, the status before and after, a note and the evidence cited.
 */
@ApplicationScoped
public class ComplaintJournal {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final TypeReference<List<EvidenceView>> EVIDENCE = new TypeReference<>() {
    };

    /** Who took a step, as the trail keeps it; {@link #SYSTEM} for the shop's own jobs. */
    public record Actor(UUID id, String name, String role) {
        public static final Actor SYSTEM = new Actor(null, null, null);

        public static Actor of(Caller caller) {
            return new Actor(caller.isPartner() ? null : caller.accountId(), caller.name(), caller.role().name());
        }

        public static Actor of(Person person) {
            return new Actor(person.id(), person.name(), person.role().name());
        }
    }

    private final ComplaintRepository complaints;
    private final ComplaintStepRepository steps;
    private final ShopService shop;
    private final JsonText json;

    public ComplaintJournal(ComplaintRepository complaints, ComplaintStepRepository steps, ShopService shop, JsonText json) {
        this.complaints = complaints;
        this.steps = steps;
        this.shop = shop;
        this.json = json;
    }

    /**
     * Numbers the complaint for the day it was filed and keeps it, with its first step (FILED) as of its filing, its
     * facts saying where it came in, the team responsible, its owner and why, and whom it is about.
     */
    public Uni<Void> open(Complaint c, Actor by, ComplaintStepFacts facts) {
        return shop.zone().map(zone -> c.createdAt.atZone(zone).toLocalDate())
                .chain(day -> complaints.nextOfDay(day).map(n -> number(day, n)))
                .chain(number -> {
                    c.number = number;
                    return complaints.persist(c);
                })
                .chain(() -> record(c, by, ComplaintAction.FILED, null, null, List.of(), facts, c.createdAt));
    }

    static String number(LocalDate day, int n) {
        return "TS-" + DAY.format(day) + "-" + String.format("%04d", n);
    }

    /** Appends a step that led from {@code from} to the complaint's status now. */
    public Uni<Void> record(Complaint c, Actor by, ComplaintAction action, ComplaintStatus from, String note, List<EvidenceView> evidence,
                            Instant at) {
        return record(c, by, action, from, note, evidence, null, at);
    }

    /** Appends a step with its facts (what it did, as typed fields; null when it has none). */
    public Uni<Void> record(Complaint c, Actor by, ComplaintAction action, ComplaintStatus from, String note, List<EvidenceView> evidence,
                            ComplaintStepFacts facts, Instant at) {
        ComplaintStep s = new ComplaintStep();
        s.complaintId = c.id;
        s.at = at;
        s.actorId = by.id();
        s.actorName = by.name();
        s.actorRole = by.role();
        s.action = action;
        s.fromStatus = from;
        s.toStatus = c.status;
        s.note = note;
        s.evidence = evidence.isEmpty() ? null : json.write(evidence);
        s.facts = facts == null ? null : json.write(facts);
        return steps.persist(s).replaceWithVoid();
    }

    /** The steps in the order they were taken. */
    public Uni<List<ComplaintStepView>> trail(UUID complaintId, ZoneId zone) {
        return steps.of(complaintId).map(list -> list.stream().map(s -> new ComplaintStepView(Times.at(s.at, zone), s.actorName,
                s.actorRole, s.action, s.fromStatus, s.toStatus, s.note, s.evidence == null ? List.of() : json.read(s.evidence, EVIDENCE),
                s.facts == null ? null : json.read(s.facts, ComplaintStepFacts.class)))
                .toList());
    }
}

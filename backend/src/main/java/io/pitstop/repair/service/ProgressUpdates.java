package io.pitstop.repair.service;

import io.pitstop.common.Texts;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.UpdateRequest;
import io.pitstop.repair.persistence.AttachmentRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Progress told to the owner (domain step 5): what was done, what was found, the time left, with a photo of the
 * order when there is one. A repair longer than the rule's long repair owes an update every period; when nobody
 * posted one, the hourly job pushes an automatic one and flags the advisor that a personal one is owed.
 */
@ApplicationScoped
public class ProgressUpdates {

    /** The workshop states an automatic update names when nobody has named the step. */
    private static final Set<RepairStatus> NAMED = Set.of(RepairStatus.DISPATCHED, RepairStatus.WAITING_PARTS, RepairStatus.QUALITY_CHECK);

    private final OrderAccess access;
    private final AttachmentRepository attachments;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairRules rules;

    public ProgressUpdates(OrderAccess access, AttachmentRepository attachments, RepairJournal journal, RepairNotices notices,
                           RepairRules rules) {
        this.access = access;
        this.attachments = attachments;
        this.journal = journal;
        this.notices = notices;
        this.rules = rules;
    }

    /** An update by the advisor or the workshop, pushed to the owner's app. */
    @WithTransaction
    public Uni<RepairEventView> post(Caller caller, UUID id, UpdateRequest req) {
        return access.change(caller, id, (act, o) -> {
            requireOpen(o);
            Uni<Void> photo = req.photoId() == null ? Uni.createFrom().voidItem() : attachments.findById(req.photoId()).invoke(a -> {
                if (a == null || !a.orderId.equals(o.id) || !a.contentType.startsWith("image/")) {
                    throw new InvalidInputException("photoId", Detail.of("problem.repair.not-a-photo"));
                }
            }).replaceWithVoid();
            EventDetails d = EventDetails.update(req.message().strip(), Texts.optional(req.step()), req.remainingMinutes(),
                    req.photoId() == null ? null : req.photoId().toString(), false);
            if (d.step() != null) {
                o.currentStep = d.step();
            }
            if (req.remainingMinutes() != null) {
                o.remainingMinutes = req.remainingMinutes();
            }
            o.lastUpdateAt = act.now();
            o.lastStaffUpdateAt = act.now();
            return photo.chain(() -> journal.append(act, o, RepairEventType.UPDATE, o.status, d))
                    .call(() -> notices.owner(o, NotificationKind.REPAIR_UPDATE, Map.of("message", d.message()), false));
        });
    }

    /**
     * Nobody told the owner anything this period: the step and the time left go to the owner automatically, and the
     * advisor is flagged (a staff-only event and a notice) that a personal update is owed. In the job's transaction.
     */
    Uni<Void> pushAutomatic(Acting act, RepairOrder o) {
        Integer left = Promises.minutesLeft(act.now(), o.promisedAt);
        String step = o.currentStep != null ? o.currentStep : EventTexts.both("code.step." + state(o), Map.of());
        Map<String, String> values = new HashMap<>();
        values.put("step", o.currentStep != null ? o.currentStep : state(o).name());
        if (left != null) {
            values.put("left", Duration.ofMinutes(left).toString());
        }
        String message = EventTexts.both(left == null ? "event.UPDATE.automatic" : "event.UPDATE.automatic-left", values);
        String every = rules.updateEvery().toString();
        o.lastUpdateAt = act.now();
        return journal.append(act, o, RepairEventType.UPDATE, o.status, EventDetails.update(message, step, left, null, true))
                .chain(() -> journal.append(act, o, RepairEventType.UPDATE_OVERDUE, o.status,
                        EventDetails.message(EventTexts.both("event.UPDATE_OVERDUE", Map.of("updateEvery", every)))))
                .chain(() -> notices.owner(o, NotificationKind.REPAIR_UPDATE, Map.of("message", message, "automatic", "true"), false))
                .chain(() -> notices.staff(act, o, o.advisorId, NotificationKind.REPAIR_UPDATE_OVERDUE, Map.of("updateEvery", every)));
    }

    private static RepairStatus state(RepairOrder o) {
        return NAMED.contains(o.status) ? o.status : RepairStatus.IN_REPAIR;
    }

    static void requireOpen(RepairOrder o) {
        if (!RepairStatus.OPEN.contains(o.status)) {
            throw new ConflictException("order-closed", Detail.of("problem.repair.order-closed", Map.of("status", o.status)));
        }
    }
}

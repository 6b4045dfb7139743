package io.pitstop.repair.service;

import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.persistence.RepairOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;

/**
 * The workshop's own limits (domain step 4), raised by the job: an approved order not dispatched within the rule's
 * time, or safety-critical work not started within its time, is an alarm to the team leads and the managers (by SMS
 * too when it is safety-critical) and a staff-only event of the order.
 */
@ApplicationScoped
public class WorkshopAlerts {

    private final People people;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairRules rules;

    public WorkshopAlerts(People people, RepairJournal journal, RepairNotices notices, RepairRules rules) {
        this.people = people;
        this.journal = journal;
        this.notices = notices;
        this.rules = rules;
    }

    Uni<Void> dispatchOverdue(Acting act, RepairOrder o) {
        return raise(act, o, RepairEventType.DISPATCH_OVERDUE, NotificationKind.REPAIR_DISPATCH_OVERDUE, "dispatchWithin",
                rules.dispatchWithin());
    }

    Uni<Void> startOverdue(Acting act, RepairOrder o) {
        return raise(act, o, RepairEventType.START_OVERDUE, NotificationKind.REPAIR_START_OVERDUE, "safetyStartWithin",
                rules.safetyStartWithin());
    }

    private Uni<Void> raise(Acting act, RepairOrder o, RepairEventType type, NotificationKind kind, String limitName, Duration limit) {
        Map<String, String> limitParam = Map.of(limitName, limit.toString());
        return journal.append(act, o, type, o.status, EventDetails.message(EventTexts.both("event." + type.name(), limitParam)))
                .chain(() -> people.activeWith(Role.TEAM_LEAD, Role.MANAGER))
                .chain(workshop -> notices.staff(act, o, workshop, kind, limitParam, o.safetyCritical));
    }
}

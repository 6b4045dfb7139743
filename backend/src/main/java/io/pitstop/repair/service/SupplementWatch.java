package io.pitstop.repair.service;

import io.pitstop.common.JobMarks;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Person;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.People;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.Decision;
import io.pitstop.repair.persistence.EstimateItem;
import io.pitstop.repair.persistence.EstimateItemRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.shop.WorkClock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A supplement (增项) the owner leaves unanswered holds the car: the order cannot go to quality check while it waits.
 * When the owner has not decided within the rule's time, counted in opening hours (so nobody is woken at night), the
 * advisor and the managers are told to call, once per order and supplement round.
 */
@ApplicationScoped
public class SupplementWatch {

    private final EstimateItemRepository items;
    private final People people;
    private final RepairNotices notices;
    private final JobMarks marks;
    private final RepairRules rules;

    public SupplementWatch(EstimateItemRepository items, People people, RepairNotices notices, JobMarks marks, RepairRules rules) {
        this.items = items;
        this.people = people;
        this.notices = notices;
        this.marks = marks;
        this.rules = rules;
    }

    /** Raises the order's unanswered supplement rounds that are due; in the job's transaction, the order locked. */
    Uni<Void> raiseUnanswered(Acting act, WorkClock work, RepairOrder o) {
        return items.ofOrder(o.id).chain(all -> Sequential.each(dueRounds(all, work, act.now()),
                round -> marks.claim("SUPPLEMENT_UNANSWERED", subject(o.id, round), act.now())
                        .chain(first -> first ? alert(act, o) : Uni.createFrom().voidItem()))).replaceWithVoid();
    }

    /** Supplement rounds with an item still pending since longer than the rule's time in opening hours. */
    List<Integer> dueRounds(List<EstimateItem> all, WorkClock work, Instant now) {
        Map<Integer, Instant> sentAt = new TreeMap<>();
        for (EstimateItem i : all) {
            if (i.round > 0 && i.decision == Decision.PENDING) {
                sentAt.merge((int) i.round, i.createdAt, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Integer> due = new ArrayList<>();
        sentAt.forEach((round, sent) -> {
            if (!work.add(sent, rules.supplementAnswerWithin()).isAfter(now)) {
                due.add(round);
            }
        });
        return due;
    }

    private Uni<Void> alert(Acting act, RepairOrder o) {
        Map<String, String> params = Map.of("answerWithin", rules.supplementAnswerWithin().toString());
        return people.find(o.advisorId).chain(advisor -> people.activeWith(Role.MANAGER).chain(managers -> {
            List<Person> to = new ArrayList<>();
            to.add(advisor);
            managers.stream().filter(m -> !m.id().equals(advisor.id())).forEach(to::add);
            return notices.staff(act, o, to, NotificationKind.REPAIR_SUPPLEMENT_UNANSWERED, params, false);
        }));
    }

    private static UUID subject(UUID order, int round) {
        return UUID.nameUUIDFromBytes((order + "@supplement-" + round).getBytes(StandardCharsets.UTF_8));
    }
}

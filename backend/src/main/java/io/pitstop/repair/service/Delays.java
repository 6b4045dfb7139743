package io.pitstop.repair.service;

import io.pitstop.common.Texts;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.Compensation;
import io.pitstop.repair.DelayRequest;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairDelay;
import io.pitstop.repair.persistence.RepairDelayRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Delays (延误, domain step 6): when the promise will slip, the owner is told at once, with the reason, the new time
 * and a compensation offer. An order not ready within the rule's watch time before its promise, without a declared
 * delay, is raised by the job ({@link DelayRiskWatch}) to the advisor and the managers, so that they still declare it in time.
 */
@ApplicationScoped
public class Delays {

    private final OrderAccess access;
    private final RepairDelayRepository delays;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;

    public Delays(OrderAccess access, RepairDelayRepository delays, RepairJournal journal, RepairNotices notices,
                  RepairViews views) {
        this.access = access;
        this.delays = delays;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
    }

    /** The advisor declares a delay: a new promise, pushed to the owner by SMS. */
    @WithTransaction
    public Uni<RepairOrderView> declare(Caller caller, UUID id, DelayRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (!RepairStatus.PROMISED.contains(o.status)) {
                throw new ConflictException("illegal-transition", Detail.of("problem.repair.nothing-to-delay", Map.of("status", o.status)));
            }
            Instant newPromise = req.newPromisedAt().toInstant();
            if (!Promises.acceptsNewPromise(o.promisedAt, newPromise, act.now())) {
                throw new InvalidInputException("newPromisedAt", Detail.of("problem.repair.promise-not-later",
                        Map.of("promisedAt", act.at(o.promisedAt).toString())));
            }
            String offer = Texts.optional(req.compensationDetail());
            if (req.compensation() == Compensation.OTHER && offer == null) {
                throw new InvalidInputException("compensationDetail", Detail.of("problem.repair.offer-required"));
            }
            RepairDelay delay = new RepairDelay();
            delay.id = UUID.randomUUID();
            delay.orderId = o.id;
            delay.reason = req.reason();
            delay.detail = req.detail().strip();
            delay.previousPromisedAt = o.promisedAt;
            delay.newPromisedAt = newPromise;
            delay.compensation = req.compensation();
            delay.compensationDetail = offer;
            delay.declaredAt = act.now();
            delay.declaredBy = caller.accountId();
            EventDetails details = EventDetails.delay(delay.detail, o.promisedAt, delay.reason, delay.compensation, offer);
            o.promisedAt = newPromise;
            return delays.persist(delay)
                    .chain(() -> journal.append(act, o, RepairEventType.DELAY, o.status, details))
                    .chain(() -> notices.owner(o, NotificationKind.REPAIR_DELAYED, told(act, delay), true))
                    .chain(() -> views.full(o, act));
        });
    }

    /**
     * What the owner is told: the reason, the new time and the offer, said once: the advisor's own wording of the
     * offer when there is one ({@code compensationDetail}), else the offer by its name ({@code offer}), else none.
     */
    static Map<String, String> told(Acting act, RepairDelay delay) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reason", delay.reason.name());
        p.put("detail", delay.detail);
        p.put("newPromisedAt", act.at(delay.newPromisedAt).toString());
        p.put("compensation", delay.compensation.name());
        if (delay.compensationDetail != null) {
            p.put("compensationDetail", delay.compensationDetail);
        } else if (delay.compensation != Compensation.NONE) {
            p.put("offer", delay.compensation.name());
        }
        return p;
    }
}

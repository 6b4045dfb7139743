package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.DeliveryRequest;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Hand-over (交车, domain step 8): a READY car whose settlement the owner signed, with the next service due. */
@ApplicationScoped
public class Delivery {

    private final OrderAccess access;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;

    public Delivery(OrderAccess access, RepairJournal journal, RepairNotices notices, RepairViews views) {
        this.access = access;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
    }

    @WithTransaction
    public Uni<RepairOrderView> deliver(Caller caller, UUID id, DeliveryRequest req) {
        return access.change(caller, id, (act, o) -> {
            if (o.status != RepairStatus.READY) {
                throw new ConflictException("illegal-transition", Detail.of("problem.repair.deliver-when-ready", Map.of("status", o.status)));
            }
            if (o.settlementAcknowledgedAt == null) {
                throw new ConflictException("settlement-not-acknowledged", Detail.of("problem.repair.settlement-not-acknowledged"));
            }
            LocalDate today = act.now().atZone(act.zone()).toLocalDate();
            if (!req.nextServiceDueDate().isAfter(today)) {
                throw new InvalidInputException("nextServiceDueDate", Detail.of("problem.repair.next-service-in-future"));
            }
            if (req.nextServiceDueKm() <= o.mileageKm) {
                throw new InvalidInputException("nextServiceDueKm", Detail.of("problem.repair.next-service-above-mileage",
                        Map.of("mileageKm", o.mileageKm)));
            }
            RepairStatus from = o.status;
            o.status = RepairStatus.DELIVERED;
            o.deliveredAt = act.now();
            o.nextServiceDueDate = req.nextServiceDueDate();
            o.nextServiceDueKm = req.nextServiceDueKm();
            return journal.append(act, o, RepairEventType.DELIVERED, from, EventDetails.NONE)
                    .chain(() -> notices.owner(o, NotificationKind.REPAIR_DELIVERED, Map.of("nextServiceDueDate",
                            req.nextServiceDueDate().toString(), "nextServiceDueKm", req.nextServiceDueKm().toString()), true))
                    .chain(() -> views.full(o, act));
        });
    }
}

package io.pitstop.repair.service;

import io.pitstop.repair.RepairOrderRef;
import io.pitstop.repair.persistence.AttachmentRepository;
import io.pitstop.repair.persistence.RepairEventRepository;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.RepairOrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Repair orders as the later capabilities read them (feedback, complaints), in the caller's session: values, never
 * the entities; and labels of an order's events and attachments for those who cite them as evidence.
 */
@ApplicationScoped
public class RepairLookup {

    private final RepairOrderRepository orders;
    private final RepairEventRepository events;
    private final AttachmentRepository attachments;
    private final EventPayloads payloads;

    public RepairLookup(RepairOrderRepository orders, RepairEventRepository events, AttachmentRepository attachments,
                        EventPayloads payloads) {
        this.orders = orders;
        this.events = events;
        this.attachments = attachments;
        this.payloads = payloads;
    }

    /** The order, or null. */
    public Uni<RepairOrderRef> find(UUID id) {
        return id == null ? Uni.createFrom().nullItem() : orders.findById(id).map(RepairLookup::ref);
    }

    public Uni<List<RepairOrderRef>> byIds(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Uni.createFrom().item(List.of())
                : orders.byIds(wanted).map(list -> list.stream().map(RepairLookup::ref).toList());
    }

    /**
     * "#7 UPDATE: 更换刹车片" for the order's event of that sequence, or null when the order has none; events of either
     * stored schema.
     */
    public Uni<String> eventLabel(UUID orderId, int seq) {
        return events.find("orderId = ?1 and seq = ?2", orderId, seq).firstResult().map(e -> {
            if (e == null) {
                return null;
            }
            String message = payloads.message(e.payload);
            return "#" + seq + " " + e.type + (message == null ? "" : ": " + message);
        });
    }

    /** "BEFORE_REPAIR brakes.jpg" for an attachment of the order, or null when it is not one of the order's. */
    public Uni<String> attachmentLabel(UUID orderId, UUID attachmentId) {
        return attachments.findById(attachmentId).map(a -> a == null || !a.orderId.equals(orderId) ? null
                : a.purpose + " " + (a.fileName != null ? a.fileName : a.contentType));
    }

    public static RepairOrderRef ref(RepairOrder o) {
        return o == null ? null : new RepairOrderRef(o.id, o.reference, o.appointmentId, o.customerId, o.vehicleId, o.advisorId,
                o.technicianId, o.status, o.safetyCritical, o.checkedInAt, o.promisedAt, o.deliveredAt);
    }
}

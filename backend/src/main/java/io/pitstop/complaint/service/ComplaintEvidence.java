package io.pitstop.complaint.service;

import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.Sequential;
import io.pitstop.complaint.EvidenceKind;
import io.pitstop.complaint.EvidenceRef;
import io.pitstop.complaint.EvidenceView;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.repair.service.RepairLookup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What an investigation cites from the complaint's repair order: its events (by sequence number) and its photos and
 * documents, each labelled for the reader when the step is recorded, so the trail reads the same later.
 */
@ApplicationScoped
public class ComplaintEvidence {

    private final RepairLookup orders;

    public ComplaintEvidence(RepairLookup orders) {
        this.orders = orders;
    }

    /** The cited pieces, in order; each must belong to the complaint's order. */
    public Uni<List<EvidenceView>> cite(Complaint c, List<EvidenceRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (c.orderId == null) {
            throw new InvalidInputException("evidence", Detail.of("problem.complaint.evidence-without-order"));
        }
        return Sequential.map(IntStream.range(0, refs.size()).boxed().toList(),
                n -> label(c.orderId, refs.get(n), "evidence[" + n + "].id"));
    }

    private Uni<EvidenceView> label(UUID orderId, EvidenceRef ref, String field) {
        Uni<String> label = ref.kind() == EvidenceKind.REPAIR_EVENT
                ? orders.eventLabel(orderId, parse(ref.id(), field, "problem.complaint.evidence-not-a-sequence", Integer::parseInt))
                : orders.attachmentLabel(orderId, parse(ref.id(), field, "problem.complaint.evidence-not-an-id", UUID::fromString));
        return label.map(text -> {
            if (text == null) {
                throw new InvalidInputException(field, Detail.of(ref.kind() == EvidenceKind.REPAIR_EVENT
                        ? "problem.complaint.evidence-not-an-event" : "problem.complaint.evidence-not-an-attachment"));
            }
            return new EvidenceView(ref.kind(), ref.id(), text);
        });
    }

    private static <T> T parse(String id, String field, String reason, Function<String, T> parser) {
        try {
            return parser.apply(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Detail.of(reason));
        }
    }
}

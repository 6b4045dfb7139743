package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.Digests;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.storage.BlobStore;
import io.pitstop.common.storage.FileShapes;
import io.pitstop.common.storage.FileTypes;
import io.pitstop.identity.Caller;
import io.pitstop.notify.NotificationKind;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.SignatureRequest;
import io.pitstop.repair.persistence.SettlementLineRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * The owner signs the settlement with a signature drawn on the phone: a real PNG (its whole chunk structure checked,
 * its size capped), kept in the blob store with the order and shown on the settlement document. Signing waits for
 * every new line to be decided; then their advisor may hand the car over.
 */
@ApplicationScoped
public class SettlementSigning {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);
    private static final String DATA_URL = "data:image/png;base64,";

    private final OrderAccess access;
    private final SettlementLineRepository settlements;
    private final BlobStore blobs;
    private final RepairJournal journal;
    private final RepairNotices notices;
    private final RepairViews views;
    private final SettlementRules rules;

    public SettlementSigning(OrderAccess access, SettlementLineRepository settlements, BlobStore blobs, RepairJournal journal,
                             RepairNotices notices, RepairViews views, SettlementRules rules) {
        this.access = access;
        this.settlements = settlements;
        this.blobs = blobs;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
        this.rules = rules;
    }

    @WithTransaction
    public Uni<RepairOrderView> sign(Caller caller, UUID id, SignatureRequest req) {
        byte[] png = png(req.signature(), rules.signatureMaxBytes());
        return access.change(caller, id, (act, o) -> {
            if (o.status != RepairStatus.READY || o.settlementIssuedAt == null) {
                throw new ConflictException("no-settlement", Detail.of("problem.repair.no-settlement"));
            }
            if (o.settlementAcknowledgedAt != null) {
                throw new ConflictException("already-acknowledged", Detail.of("problem.repair.already-acknowledged"));
            }
            return settlements.ofOrder(o.id).chain(lines -> {
                int pending = SettlementLines.pending(lines);
                if (pending > 0) {
                    throw new ConflictException("settlement-lines-pending", Detail.of("problem.repair.settlement-lines-pending",
                            Map.of("count", pending)));
                }
                String key = "repair/" + MONTH.format(act.now()) + "/" + o.id + "-signature-" + UUID.randomUUID() + ".png";
                o.settlementAcknowledgedAt = act.now();
                o.settlementAcknowledgedBy = caller.accountId();
                o.settlementSignatureKey = key;
                o.settlementSignatureSha256 = Digests.sha256Hex(png);
                // The bytes first: the order never names an image that is not there.
                return blobs.put(key, Buffer.buffer(png))
                        .chain(() -> journal.append(act, o, RepairEventType.SETTLEMENT_ACKNOWLEDGED, o.status,
                                EventDetails.amount(SettlementLines.total(lines))))
                        .chain(() -> notices.staff(act, o, o.advisorId, NotificationKind.REPAIR_SETTLEMENT_SIGNED, Map.of()))
                        .chain(() -> views.full(o, act));
            });
        });
    }

    /** The signature's PNG, for the owner and the staff. */
    @WithSession
    public Uni<Buffer> signature(Caller caller, UUID id) {
        return access.visible(caller, id).chain(o -> {
            if (o.settlementSignatureKey == null) {
                throw new NotFoundException("signature", id);
            }
            return blobs.get(o.settlementSignatureKey);
        });
    }

    /** The PNG's bytes from base64 (or a PNG data: URL), or a 400 naming the field. */
    static byte[] png(String text, int maxBytes) {
        String b64 = text.strip();
        if (b64.startsWith("data:")) {
            if (!b64.startsWith(DATA_URL)) {
                throw new InvalidInputException("signature", Detail.of("problem.repair.signature-not-png"));
            }
            b64 = b64.substring(DATA_URL.length());
        }
        if ((long) b64.length() * 3 / 4 > maxBytes + 3L) {
            throw new InvalidInputException("signature", Detail.of("problem.repair.signature-size", Map.of("kib", maxBytes / 1024)));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("signature", Detail.of("problem.repair.signature-not-png"));
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("signature", Detail.of("problem.repair.signature-size", Map.of("kib", maxBytes / 1024)));
        }
        if (!isPng(bytes)) {
            throw new InvalidInputException("signature", Detail.of("problem.repair.signature-not-png"));
        }
        return bytes;
    }

    /** A whole, well-formed PNG: chunks with their CRCs, IHDR first, image data, IEND as the last bytes. */
    static boolean isPng(byte[] b) {
        return FileShapes.wellFormed(FileTypes.PNG, b);
    }
}

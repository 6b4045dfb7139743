package io.pitstop.repair.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.Digests;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.storage.BlobStore;
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
 * The owner signs the settlement with a signature drawn on the phone: a real PNG (its header and image header read,
 * its size capped), kept in the blob store with the order and shown on the settlement document. Signing waits for
 * every new line to be decided; then their advisor may hand the car over.
 */
@ApplicationScoped
public class SettlementSigning {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
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

    /** The PNG signature, then an IHDR chunk of 13 bytes with a width and a height above zero. */
    static boolean isPng(byte[] b) {
        if (b.length < 33) {
            return false;
        }
        for (int i = 0; i < PNG.length; i++) {
            if (b[i] != PNG[i]) {
                return false;
            }
        }
        boolean ihdr = b[8] == 0 && b[9] == 0 && b[10] == 0 && b[11] == 13 && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R';
        return ihdr && int32(b, 16) > 0 && int32(b, 20) > 0;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}

package io.pitstop.repair.service;

import io.pitstop.common.Detail;
import io.pitstop.common.Digests;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.storage.BlobStore;
import io.pitstop.common.storage.FileShapes;
import io.pitstop.common.storage.FileTypes;
import io.pitstop.identity.Caller;
import io.pitstop.repair.AttachmentPurpose;
import io.pitstop.repair.AttachmentView;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.persistence.Attachment;
import io.pitstop.repair.persistence.AttachmentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * Photos and documents of a repair order. The type is read from the bytes (a renamed executable is not a JPEG), the
 * size is capped, the bytes go to the blob store and the row records type, size and SHA-256.
 */
@ApplicationScoped
public class AttachmentService {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    /** An uploaded file as the resource received it: already on disk, not yet read. */
    public record Upload(String path, long size, String fileName) {
    }

    /** The bytes of an attachment with their type. */
    public record Content(String contentType, String fileName, Buffer bytes) {
    }

    private final OrderAccess access;
    private final RepairJournal journal;
    private final AttachmentRepository attachments;
    private final BlobStore blobs;
    private final Vertx vertx;
    private final RepairRules rules;

    public AttachmentService(OrderAccess access, RepairJournal journal, AttachmentRepository attachments, BlobStore blobs, Vertx vertx,
                             RepairRules rules) {
        this.access = access;
        this.journal = journal;
        this.attachments = attachments;
        this.blobs = blobs;
        this.vertx = vertx;
        this.rules = rules;
    }

    public Uni<AttachmentView> upload(Caller caller, UUID orderId, AttachmentPurpose purpose, Upload file) {
        if (purpose == null) {
            throw new InvalidInputException("purpose", Detail.of("problem.repair.purpose-required"));
        }
        if (file == null) {
            throw new InvalidInputException("file", Detail.of("problem.repair.file-required"));
        }
        if (file.size() == 0 || file.size() > rules.attachmentMaxBytes()) {
            throw new InvalidInputException("file",
                    Detail.of("problem.repair.file-size", Map.of("mib", rules.attachmentMaxBytes() / (1024 * 1024))));
        }
        return vertx.fileSystem().readFile(file.path()).chain(bytes -> {
            byte[] head = bytes.getBytes(0, Math.min(bytes.length(), 32));
            String type = FileTypes.detect(head).orElseThrow(() ->
                    new InvalidInputException("file", Detail.of("problem.repair.file-type")));
            // The whole structure, not only the signature (a PNG header before an HTML page is no PNG): one pass
            // over up to 10 MiB, on a worker thread.
            return vertx.executeBlocking(Uni.createFrom().item(() -> FileShapes.wellFormed(type, bytes.getBytes())))
                    .chain(whole -> {
                        if (!whole) {
                            throw new InvalidInputException("file", Detail.of("problem.repair.file-type"));
                        }
                        return store(caller, orderId, purpose, file, bytes, type);
                    });
        });
    }

    private Uni<AttachmentView> store(Caller caller, UUID orderId, AttachmentPurpose purpose, Upload file, Buffer bytes, String type) {
        UUID id = UUID.randomUUID();
        return Panache.withTransaction(() -> access.change(caller, orderId, (op, o) -> {
            ProgressUpdates.requireOpen(o);
            Attachment a = new Attachment();
            a.id = id;
            a.orderId = o.id;
            a.purpose = purpose;
            a.contentType = type;
            a.sizeBytes = bytes.length();
            a.sha256 = Digests.sha256Hex(bytes.getBytes());
            a.storageKey = "repair/" + MONTH.format(op.now()) + "/" + id + "." + FileTypes.extension(type);
            a.fileName = storedName(file.fileName(), type);
            a.uploadedBy = caller.accountId();
            a.uploadedAt = op.now();
            EventDetails d = EventDetails.photo(type.startsWith("image/") ? id.toString() : null);
            // The bytes first: a row never points at a file that is not there (a rolled-back row leaves an orphan file).
            return blobs.put(a.storageKey, bytes)
                    .chain(() -> attachments.persist(a))
                    .chain(() -> purpose == AttachmentPurpose.DOCUMENT ? Uni.createFrom().voidItem()
                            : journal.append(op, o, RepairEventType.PHOTO_ADDED, o.status, d))
                    .map(x -> RepairViews.attachment(a, op));
        }));
    }

    @WithSession
    public Uni<Content> download(Caller caller, UUID orderId, UUID attachmentId) {
        return access.visible(caller, orderId).chain(o -> attachments.findById(attachmentId)).chain(a -> {
            if (a == null || !a.orderId.equals(orderId)) {
                throw new NotFoundException("attachment", attachmentId);
            }
            // Names stored before the rule above are put right on the way out.
            return blobs.get(a.storageKey).map(bytes -> new Content(a.contentType, storedName(a.fileName, a.contentType), bytes));
        });
    }

    /**
     * The name the file is offered under: the uploader's, without directories or control characters, and always with
     * the extension of the type its bytes were judged to be ("invoice.html" holding a PDF becomes "invoice.pdf"),
     * so a download never carries a dangerous extension.
     */
    static String storedName(String name, String type) {
        String extension = FileTypes.extension(type);
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = base.indexOf('.');
        if (dot >= 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[<>:|?*;]", "_");
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base + "." + extension;
    }
}

package io.pitstop.common.storage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/** Where the bytes of photos and documents live; the database keeps only their key, type, size and digest. */
public interface BlobStore {

    Uni<Void> put(String key, Buffer bytes);

    /** The bytes, or a failure when the key holds nothing. */
    Uni<Buffer> get(String key);
}

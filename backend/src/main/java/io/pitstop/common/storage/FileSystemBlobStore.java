package io.pitstop.common.storage;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/**
 * Blobs as files under {@code ${pitstop.data-dir}/blobs}, written and read with Vert.x's asynchronous file system so
 * the event loop never waits on the disk. Another store (S3, OSS) replaces this bean.
 */
@ApplicationScoped
@DefaultBean
public class FileSystemBlobStore implements BlobStore {

    private final Vertx vertx;
    private final Path root;

    public FileSystemBlobStore(Vertx vertx, @ConfigProperty(name = "pitstop.data-dir") String dataDir) {
        this.vertx = vertx;
        // Absolute and normalised once: "./data/blobs" would otherwise never contain a normalised key's path.
        this.root = Path.of(dataDir, "blobs").toAbsolutePath().normalize();
    }

    @Override
    public Uni<Void> put(String key, Buffer bytes) {
        Path file = resolve(key);
        return vertx.fileSystem().mkdirs(file.getParent().toString())
                .chain(() -> vertx.fileSystem().writeFile(file.toString(), bytes));
    }

    @Override
    public Uni<Buffer> get(String key) {
        return vertx.fileSystem().readFile(resolve(key).toString());
    }

    /** Where the files are (for tests and operations). */
    public Path root() {
        return root;
    }

    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Blob key outside the store: " + key);
        }
        return file;
    }
}

package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.PhotoArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Inspection photos copied to {@code <data>/photos/episode-N/}, beside the database they belong to. */
public final class FolderPhotoArchive implements PhotoArchive {
    private final Path root;

    public FolderPhotoArchive(Path dataFolder) {
        this.root = dataFolder.resolve("photos");
    }

    @Override
    public Path keep(Path source, long episodeId, long orderId) {
        try {
            Path dir = Files.createDirectories(root.resolve("episode-" + episodeId));
            String name = "order-" + orderId + "-" + System.currentTimeMillis() + "-" + source.getFileName();
            return Files.copy(source, dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep photo " + source + ": " + e.getMessage(), e);
        }
    }
}
